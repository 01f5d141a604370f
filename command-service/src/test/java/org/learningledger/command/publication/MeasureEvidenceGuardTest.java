package org.learningledger.command.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.MeasureRole;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.MeasureEvidence;
import org.learningledger.events.learning.Snapshot;

/** A measure's name and unit leave the team with a publication: the guard reads them as it reads the question. */
class MeasureEvidenceGuardTest {

    @Test
    void givenAMeasureNamedAfterAChild_whenPublished_thenRefusedNamingTheMeasuresField() {
        Snapshot snapshot = snapshot(measure("Meetings ending in a row", "meetings"),
                measure("Visits to Anička Veselá", "visits per week"));
        assertThatThrownBy(() -> DeidentificationGuard.check(snapshot)).isInstanceOfSatisfying(IdentifyingDetails.class,
                refusal -> assertThat(refusal.findings()).extracting(Finding::field)
                        .containsOnly("evidence[0].measures[1].name"));
    }

    @Test
    void givenAUnitWithAPhoneNumber_whenPublished_thenRefusedNamingTheUnit() {
        Snapshot snapshot = snapshot(measure("Calls returned", "calls to 605 123 456"));
        assertThatThrownBy(() -> DeidentificationGuard.check(snapshot)).isInstanceOfSatisfying(IdentifyingDetails.class,
                refusal -> assertThat(refusal.findings()).extracting(Finding::field)
                        .containsExactly("evidence[0].measures[0].unit"));
    }

    @Test
    void givenPlainMeasures_whenPublished_thenNothingFound() {
        DeidentificationGuard.check(snapshot(measure("Meetings ending in a row", "meetings")));
    }

    private static Snapshot snapshot(MeasureEvidence... measures) {
        return new Snapshot("Listen first", "Calmer meetings", "Separate first meetings", null,
                List.of(new Evidence(UUID.randomUUID(), "Do separate first meetings help?", null, null,
                        List.of(measures))), null, null);
    }

    private static MeasureEvidence measure(String name, String unit) {
        return new MeasureEvidence(UUID.randomUUID(), name, unit, Better.DOWN, MeasureRole.OUTCOME, null, List.of(),
                List.of());
    }
}
