package org.learningledger.query.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.LedgerJson;

class BatchClaimTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    @Test
    void givenEventsAppliedBefore_whenBatchHoldsCopiesOfThem_thenOnlyLaterEventsAreFresh() {
        List<LedgerEvent> batch = List.of(event(a, 2), event(a, 3), event(b, 0), event(a, 4));

        BatchClaim claim = BatchClaim.of(batch, Map.of(a, 3L));

        assertThat(claim.fresh()).containsExactly(batch.get(2), batch.get(3));
        assertThat(claim.lastSequences()).isEqualTo(Map.of(a, 4L, b, 0L));
        assertThat(claim.gaps()).isEmpty();
    }

    @Test
    void givenBatchHoldsCopiesOfItsOwnEvents_whenClaimed_thenEachSequenceIsFreshOnceInOrder() {
        List<LedgerEvent> batch = List.of(event(a, 0), event(a, 1), event(a, 1), event(a, 0), event(a, 2));

        BatchClaim claim = BatchClaim.of(batch, Map.of());

        assertThat(claim.fresh()).containsExactly(batch.get(0), batch.get(1), batch.get(4));
        assertThat(claim.lastSequences()).isEqualTo(Map.of(a, 2L));
    }

    @Test
    void givenSequencesSkipAhead_whenClaimed_thenFreshAndEachJumpReportedAsGap() {
        List<LedgerEvent> batch = List.of(event(a, 5), event(b, 1), event(b, 2));

        BatchClaim claim = BatchClaim.of(batch, Map.of(a, 3L));

        assertThat(claim.fresh()).containsExactlyElementsOf(batch);
        assertThat(claim.gaps()).containsExactly(new BatchClaim.Gap(a, 3L, 5), new BatchClaim.Gap(b, null, 1));
    }

    @Test
    void givenLastSequencesApplied_whenClaimed_thenGivenMapIsNotChanged() {
        Map<UUID, Long> applied = new HashMap<>(Map.of(a, 1L));

        BatchClaim.of(List.of(event(a, 2)), applied);

        assertThat(applied).isEqualTo(Map.of(a, 1L));
    }

    private static LedgerEvent event(UUID aggregate, long sequence) {
        return new LedgerEvent(new EventEnvelope(UUID.randomUUID(), "ExperimentStarted", "1", "Experiment", aggregate,
                sequence, -1, Instant.EPOCH, LedgerJson.mapper().createObjectNode()), new Object());
    }
}
