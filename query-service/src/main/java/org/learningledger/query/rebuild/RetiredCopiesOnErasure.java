package org.learningledger.query.rebuild;

import java.time.Instant;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.Projection;
import org.learningledger.query.keys.ErasedItems;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An erasure reaches the retired schemas too (DESIGN principle 8): a rebuild's old tables hold every
 * text in clear as it was, so once an erasure event is applied (after its transaction commits) every
 * retired schema made until then is dropped. While a rebuild runs they are left to it, and it drops
 * all but the one it makes, which holds the live tables with the erasure applied.
 */
@Component
class RetiredCopiesOnErasure implements Projection {

    private final RetiredSchemaPurge purge;

    RetiredCopiesOnErasure(RetiredSchemaPurge purge) {
        this.purge = purge;
    }

    @Override
    public void apply(LedgerEvent event) {
        if (ErasedItems.of(event.payload()).isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            purge.dropRetiredBefore(Instant.now());
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                purge.dropRetiredBefore(Instant.now());
            }
        });
    }
}
