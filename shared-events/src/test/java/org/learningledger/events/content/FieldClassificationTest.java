package org.learningledger.events.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventType;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.organisation.MemberAdded;

/** Every text field of every event says whether it is personal: an unmarked one fails the build. */
class FieldClassificationTest {

    @Test
    void givenEveryCataloguedEvent_whenItsTextFieldsAreRead_thenEachIsMarkedPersonalOrNot() {
        List<String> unmarked = new ArrayList<>();
        for (EventType type : EventCatalog.all()) {
            unmarked(type.type(), type.name(), unmarked);
        }
        assertThat(unmarked).as("text fields marked neither @Personal nor @NotPersonal").isEmpty();
    }

    @Test
    void givenNotPersonalFields_whenRead_thenEachSaysWhy() {
        for (EventType type : EventCatalog.all()) {
            for (RecordComponent component : PersonalFields.components(type.type())) {
                NotPersonal why = component.getAnnotation(NotPersonal.class);
                if (why != null) {
                    assertThat(why.value()).as(type.name() + "." + component.getName()).hasSizeGreaterThan(20);
                }
            }
        }
    }

    @Test
    void givenEventsWithPersonalText_whenClassified_thenEachNamesAContentItem() {
        assertThat(PersonalFields.of(ExperimentProposed.class).texts())
                .containsExactly("question", "prediction", "plan", "measures");
        assertThat(PersonalFields.of(LearningPublished.class).nested()).singleElement()
                .satisfies(snapshot -> assertThat(snapshot.fields().nested()).singleElement()
                        .satisfies(evidence -> assertThat(evidence.fields().texts()).containsExactly("question", "summary")));
        assertThat(PersonalFields.of(MemberAdded.class).none()).isTrue();
    }

    private static void unmarked(Class<?> type, String path, List<String> unmarked) {
        for (RecordComponent component : PersonalFields.components(type)) {
            Class<?> kind = component.getType();
            String name = path + "." + component.getName();
            if (kind == String.class || (List.class.isAssignableFrom(kind) && PersonalFields.elementType(component) == String.class)) {
                if (component.getAnnotation(Personal.class) == null && component.getAnnotation(NotPersonal.class) == null) {
                    unmarked.add(name);
                }
            } else if (kind.isRecord()) {
                unmarked(kind, name, unmarked);
            } else if (List.class.isAssignableFrom(kind) && PersonalFields.elementType(component).isRecord()) {
                unmarked(PersonalFields.elementType(component), name + "[]", unmarked);
            }
        }
    }
}
