package org.learningledger.query.intake;

import java.util.UUID;

/** An event arrived whose predecessors were not applied: applying it would build on a hole. */
class SequenceGapException extends RejectedEventException {

    SequenceGapException(UUID aggregateId, Long last, long sequence) {
        super("sequence gap in aggregate " + aggregateId + ": expected " + (last == null ? 0 : last + 1)
                + ", got " + sequence);
    }
}
