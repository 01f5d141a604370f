package org.learningledger.query.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;

class ExperimentEventChecksTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void givenCompleteProposal_whenChecked_thenNothingMissingEvenWithoutOptionalFields() {
        var proposed = new ExperimentProposed(id, UUID.randomUUID(), "Does it help?", null, null, null, null);
        assertThat(ExperimentEventChecks.missingFields(proposed)).isEmpty();
        assertThat(ExperimentEventChecks.experimentId(proposed)).isEqualTo(id);
    }

    @Test
    void givenProposalWithoutTeamAndBlankQuestion_whenChecked_thenBothNamed() {
        var proposed = new ExperimentProposed(id, null, "  ", "p", "p", "m", null);
        assertThat(ExperimentEventChecks.missingFields(proposed)).containsExactly("teamId", "question");
    }

    @Test
    void givenObservationOrConclusionWithoutItsKey_whenChecked_thenNamed() {
        assertThat(ExperimentEventChecks.missingFields(
                new ObservationRecorded(id, UUID.randomUUID(), null, ObservationKind.NOTE, "t", null, null)))
                .containsExactly("observationId");
        assertThat(ExperimentEventChecks.missingFields(new ExperimentConcluded(id, null, null, "s")))
                .containsExactly("decision");
        assertThat(ExperimentEventChecks.missingFields(new ExperimentConcluded(id, null, Decision.ADAPT, null)))
                .isEmpty();
    }

    @Test
    void givenForeignObject_whenChecked_thenNotAnExperimentEvent() {
        assertThat(ExperimentEventChecks.isExperimentEvent("text")).isFalse();
        assertThat(ExperimentEventChecks.missingFields("text")).isEmpty();
    }
}
