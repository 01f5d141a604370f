package org.learningledger.query.intake;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The fast way through a batch: one duplicate check for all its events, then the new events
 * through the projections, with no savepoint per record. Any failure fails the whole batch.
 */
@Component
class WholeBatch {

    private final AppliedSequences sequences;
    private final List<Projection> eventByEvent = new ArrayList<>();
    private final List<BatchProjection> batched = new ArrayList<>();

    WholeBatch(AppliedSequences sequences, List<Projection> projections) {
        this.sequences = sequences;
        for (Projection projection : projections) {
            if (projection instanceof BatchProjection batch) {
                batched.add(batch);
            } else {
                eventByEvent.add(projection);
            }
        }
    }

    void apply(List<ReadRecord> records) {
        List<LedgerEvent> fresh = sequences.claimAll(records.stream().map(ReadRecord::event).toList());
        // Interleaved as record by record, since these may read each other's tables (the feed reads
        // the learning tables as of each event); batch projections read only their own.
        for (LedgerEvent event : fresh) {
            eventByEvent.forEach(projection -> projection.apply(event));
        }
        batched.forEach(projection -> projection.applyAll(fresh));
    }
}
