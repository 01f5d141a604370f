package org.learningledger.query.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one poll batch in one database transaction: each record in its own savepoint (read,
 * drop if already applied, project), then the consumed positions. A record that cannot be
 * applied is rolled back to its savepoint and dead-lettered; a transient failure escapes, the
 * whole transaction rolls back, and the error handler retries the batch.
 */
@Component
class EventIntake {

    private final TransactionTemplate batchTransaction;
    private final TransactionTemplate recordSavepoint;
    private final EnvelopeReader reader;
    private final AppliedSequences sequences;
    private final List<Projection> projections;
    private final ConsumerPositions positions;
    private final DeadLetters deadLetters;

    EventIntake(DataSourceTransactionManager transactionManager, EnvelopeReader reader, AppliedSequences sequences,
            List<Projection> projections, ConsumerPositions positions, DeadLetters deadLetters) {
        this.batchTransaction = new TransactionTemplate(transactionManager);
        this.recordSavepoint = new TransactionTemplate(transactionManager);
        // NESTED on a JDBC transaction manager = a savepoint inside the batch transaction.
        this.recordSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.reader = reader;
        this.sequences = sequences;
        this.projections = projections;
        this.positions = positions;
        this.deadLetters = deadLetters;
    }

    void apply(List<ConsumerRecord<String, byte[]>> records) {
        batchTransaction.executeWithoutResult(status -> {
            Map<TopicPartition, Long> nextOffsets = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                applyOne(record);
                nextOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
            }
            positions.advance(nextOffsets);
        });
    }

    private void applyOne(ConsumerRecord<String, byte[]> record) {
        try {
            recordSavepoint.executeWithoutResult(status -> {
                LedgerEvent event = reader.read(record.value());
                if (sequences.claim(event.aggregateId(), event.sequence())) {
                    projections.forEach(projection -> projection.apply(event));
                }
            });
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                throw e;
            }
            deadLetters.add(record, reasonOf(e));
        }
    }

    private static String reasonOf(RuntimeException e) {
        if (e instanceof RejectedEventException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
