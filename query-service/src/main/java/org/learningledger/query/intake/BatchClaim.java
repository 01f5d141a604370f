package org.learningledger.query.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a batch claims, decided in memory from the last sequences applied before it: its new events
 * in order, each aggregate's new last sequence, and the gaps (each stops its aggregate). A copy is an event at or
 * below the last applied sequence, counting events earlier in the same batch.
 */
record BatchClaim(List<LedgerEvent> fresh, Map<UUID, Long> lastSequences, List<Gap> gaps) {

    /** New, but not the next one: the events between {@code last} and {@code sequence} are missing. */
    record Gap(UUID aggregateId, Long last, long sequence) {
    }

    static BatchClaim of(List<LedgerEvent> events, Map<UUID, Long> lastApplied) {
        Map<UUID, Long> last = new HashMap<>(lastApplied);
        Map<UUID, Long> claimed = new LinkedHashMap<>();
        List<LedgerEvent> fresh = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (LedgerEvent event : events) {
            Long before = last.get(event.aggregateId());
            if (SequenceCheck.isDuplicate(before, event.sequence())) {
                continue;
            }
            if (SequenceCheck.isGap(before, event.sequence())) {
                gaps.add(new Gap(event.aggregateId(), before, event.sequence()));
            }
            last.put(event.aggregateId(), event.sequence());
            claimed.put(event.aggregateId(), event.sequence());
            fresh.add(event);
        }
        return new BatchClaim(fresh, claimed, gaps);
    }
}
