package org.learningledger.query.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;

class LearningEventChecksTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void givenCompleteEvents_whenChecked_thenNothingMissingAndTheLearningNamed() {
        LearningPublished published = new LearningPublished(id, UUID.randomUUID(), UUID.randomUUID(), 1, Tier.REGION,
                new Snapshot("t", null, null, null, List.of(), null, null));
        assertThat(LearningEventChecks.missingFields(published)).isEmpty();
        assertThat(LearningEventChecks.learningId(published)).isEqualTo(id);
    }

    @Test
    void givenWhatVisibilityDependsOnIsMissing_whenChecked_thenNamed() {
        assertThat(LearningEventChecks.missingFields(new LearningPublished(id, null, null, 0, null, null)))
                .containsExactly("regionId", "tier", "snapshot", "version");
        assertThat(LearningEventChecks.missingFields(new LearningDrafted(id, null, null, null, null, null, null, null,
                null))).containsExactly("teamId");
        assertThat(LearningEventChecks.missingFields(new LearningEndorsed(id, null, null, null, " ", null, null)))
                .containsExactly("tier", "stewardId");
    }

    @Test
    void givenAnErasureAndTheWithdrawalItBrings_whenChecked_thenAcceptedWithoutReasonOrPublication() {
        Erasure erasure = new Erasure("u", Erasure.ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null);
        assertThat(LearningEventChecks.missingFields(new LearningRevisionErased(id, UUID.randomUUID(), 2, List.of(),
                null, null, erasure))).isEmpty();
        assertThat(LearningEventChecks.missingFields(new LearningWithdrawn(id, UUID.randomUUID(), UUID.randomUUID(),
                Tier.NATION, null))).isEmpty();
        assertThat(LearningEventChecks.learningId(new LearningRevisionErased(id, null, 1, null, null, null, erasure)))
                .isEqualTo(id);
    }

    @Test
    void givenAnErasureWithoutWhoOrWhichRevision_whenChecked_thenNamed() {
        assertThat(LearningEventChecks.missingFields(new LearningRevisionErased(id, null, 0, null, null, null, null)))
                .containsExactly("teamId", "revision", "erasure", "erasure.role");
    }

    @Test
    void givenOtherEvents_whenChecked_thenNotLearningEvents() {
        assertThat(LearningEventChecks.isLearningEvent(new ExperimentStarted(id, id, null))).isFalse();
    }
}
