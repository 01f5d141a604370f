package org.learningledger.query.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.query.intake.LedgerEvent;
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
    void givenErasures_whenChecked_thenAcceptedAndWhoErasedIsRequired() {
        Erasure erasure = new Erasure("u", Erasure.ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST, "R-1");
        assertThat(ExperimentEventChecks.missingFields(new ObservationErased(id, UUID.randomUUID(), UUID.randomUUID(),
                erasure))).isEmpty();
        assertThat(ExperimentEventChecks.missingFields(new ExperimentErased(id, UUID.randomUUID(), null, erasure)))
                .isEmpty();
        assertThat(ExperimentEventChecks.missingFields(new ObservationErased(id, null, null, null)))
                .containsExactly("teamId", "observationId", "erasure", "erasure.role");
    }

    @Test
    void givenAProposalReplayedAfterItsErasure_whenChecked_thenItsMissingQuestionIsAccepted() {
        ExperimentProposed erased = new ExperimentProposed(id, UUID.randomUUID(), null, null, null, null, null);
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "ExperimentProposed", "1", "Experiment", id, 0, 0,
                Instant.EPOCH, LedgerJson.mapper().valueToTree(erased));
        assertThat(ExperimentEventChecks.missingFields(new LedgerEvent(envelope, erased))).containsExactly("question");
        assertThat(ExperimentEventChecks.missingFields(new LedgerEvent(envelope, erased,
                Set.of(ContentItem.experiment(id))))).isEmpty();
    }

    @Test
    void givenForeignObject_whenChecked_thenNotAnExperimentEvent() {
        assertThat(ExperimentEventChecks.isExperimentEvent("text")).isFalse();
        assertThat(ExperimentEventChecks.missingFields("text")).isEmpty();
    }
}
