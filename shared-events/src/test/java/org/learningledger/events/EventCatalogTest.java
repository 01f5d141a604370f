package org.learningledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void everyCataloguedEvent_declaresTheSameRevisionAsItsAnnotation() {
        for (EventType type : EventCatalog.all()) {
            Revision revision = type.type().getAnnotation(Revision.class);
            assertThat(revision).as("@Revision on " + type.name()).isNotNull();
            assertThat(revision.value()).as(type.name()).isEqualTo(type.revision());
        }
    }

    @Test
    void everyCataloguedEvent_isARecordNamedAsItTravels() {
        for (EventType type : EventCatalog.all()) {
            assertThat(type.type().isRecord()).as(type.name()).isTrue();
            assertThat(type.type().getSimpleName()).isEqualTo(type.name());
            assertThat(EventCatalog.byName(type.name())).contains(type);
            assertThat(EventCatalog.byClass(type.type())).contains(type);
        }
    }
}
