package org.learningledger.query.intake;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The slow way through a batch, in record order, failing closed: a record that cannot be read or
 * applied (or comes after a gap) is rolled back alone in its savepoint, dead-lettered with its
 * reason, and stops its aggregate; later records of a stopped aggregate are held (dead-lettered as
 * such), copies of applied events dropped, and other aggregates go on. A record whose aggregate
 * cannot be read is only dead-lettered. A transient failure escapes.
 */
@Component
class RecordByRecord {

    private final TransactionTemplate recordSavepoint;
    private final AppliedSequences sequences;
    private final List<Projection> projections;
    private final DeadLetters deadLetters;
    private final StoppedAggregates stops;

    RecordByRecord(DataSourceTransactionManager transactionManager, AppliedSequences sequences,
            List<Projection> projections, DeadLetters deadLetters, StoppedAggregates stops) {
        this.recordSavepoint = new TransactionTemplate(transactionManager);
        // NESTED on a JDBC transaction manager = a savepoint inside the batch transaction.
        this.recordSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.sequences = sequences;
        this.projections = projections;
        this.deadLetters = deadLetters;
        this.stops = stops;
    }

    /** {@code stopped}: the batch's aggregates stopped before it, with their stop sequence; grows as they stop. */
    void apply(List<ReadRecord> records, Map<UUID, Long> stopped) {
        for (ReadRecord read : records) {
            if (read.aggregateId() == null) {
                deadLetters.add(read.record(), read.unreadable());
            } else if (stopped.containsKey(read.aggregateId())) {
                if (!isCopy(read)) {
                    deadLetters.hold(read, stopped.get(read.aggregateId()));
                }
            } else if (!read.readable()) {
                if (!isCopy(read)) {
                    stop(read, read.unreadable(), stopped);
                }
            } else {
                applyOne(read, stopped);
            }
        }
    }

    private void applyOne(ReadRecord read, Map<UUID, Long> stopped) {
        LedgerEvent event = read.event();
        try {
            recordSavepoint.executeWithoutResult(status -> {
                if (sequences.claim(event.aggregateId(), event.sequence())) {
                    projections.forEach(projection -> projection.apply(event));
                }
            });
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                throw e;
            }
            stop(read, e, stopped);
        }
    }

    private void stop(ReadRecord read, RuntimeException failure, Map<UUID, Long> stopped) {
        String reason = deadLetters.refuse(read, failure);
        stops.stop(read.aggregateId(), read.sequence(), reason);
        stopped.put(read.aggregateId(), read.sequence());
    }

    /** A copy of an applied event is dropped harmlessly, readable or not; one without a sequence is not a copy. */
    private boolean isCopy(ReadRecord read) {
        return read.sequence() != null && SequenceCheck.isDuplicate(sequences.last(read.aggregateId()), read.sequence());
    }
}
