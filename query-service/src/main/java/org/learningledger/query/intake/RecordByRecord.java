package org.learningledger.query.intake;

import java.util.List;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The slow way through a batch, for one that failed as a whole: each record in its own savepoint
 * (drop if already applied, project), so a record that cannot be applied is rolled back alone and
 * dead-lettered with its reason while the others apply. A transient failure escapes.
 */
@Component
class RecordByRecord {

    private final TransactionTemplate recordSavepoint;
    private final AppliedSequences sequences;
    private final List<Projection> projections;
    private final DeadLetters deadLetters;

    RecordByRecord(DataSourceTransactionManager transactionManager, AppliedSequences sequences,
            List<Projection> projections, DeadLetters deadLetters) {
        this.recordSavepoint = new TransactionTemplate(transactionManager);
        // NESTED on a JDBC transaction manager = a savepoint inside the batch transaction.
        this.recordSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.sequences = sequences;
        this.projections = projections;
        this.deadLetters = deadLetters;
    }

    void apply(List<ReadRecord> records) {
        for (ReadRecord read : records) {
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
                deadLetters.add(read.record(), e);
            }
        }
    }
}
