package org.learningledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.learningledger.events.casereview.CaseReviewEvent;
import org.learningledger.events.challenge.ChallengeEvent;
import org.learningledger.events.experiment.ExperimentEvent;
import org.learningledger.events.learning.LearningEvent;
import org.learningledger.events.lesson.LessonEvent;
import org.learningledger.events.organisation.OrganisationEvent;
import org.learningledger.events.report.ReportEvent;

class EventCatalogTest {

    @Test
    void everyCataloguedEvent_isARecordNamedAsItTravels() {
        for (EventType type : EventCatalog.all()) {
            assertThat(type.type().isRecord()).as(type.name()).isTrue();
            assertThat(type.type().getSimpleName()).isEqualTo(type.name());
            assertThat(EventCatalog.byName(type.name())).contains(type);
            assertThat(EventCatalog.byStoredName(type.name())).contains(type);
            assertThat(EventCatalog.byClass(type.type())).contains(type);
        }
    }

    @Test
    void givenTheFirstReleasesClassNames_whenLookedUpAsStored_thenTheirEventsAreFound() {
        assertThat(EventCatalog.byStoredName("org.learningledger.events.experiment.ObservationRecorded"))
                .map(EventType::name).contains("ObservationRecorded");
        assertThat(EventCatalog.byStoredName("org.learningledger.events.learning.LearningWithdrawn"))
                .map(EventType::name).contains("LearningWithdrawn");
        assertThat(EventCatalog.byStoredName("org.learningledger.events.organisation.MemberRemoved"))
                .map(EventType::name).contains("MemberRemoved");
        assertThat(EventCatalog.byStoredName("ObservationRecordedButUnknown")).isEmpty();
    }

    @Test
    void theCatalogue_holdsExactlyTheMembersOfTheSealedFamilies() {
        Set<Class<?>> sealedMembers = Set.of(ExperimentEvent.class, LearningEvent.class, OrganisationEvent.class,
                        ReportEvent.class, LessonEvent.class, CaseReviewEvent.class, ChallengeEvent.class)
                .stream().flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .collect(Collectors.toSet());
        Set<Class<?>> catalogued = EventCatalog.all().stream().map(EventType::type).collect(Collectors.toSet());
        assertThat(catalogued).isEqualTo(sealedMembers);
    }
}
