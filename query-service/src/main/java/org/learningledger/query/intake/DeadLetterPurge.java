package org.learningledger.query.intake;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing kept longer than needed (DESIGN principle 8): a dead letter's payload, the record's bytes
 * (ciphertext for private text, but clear for the rest), is emptied once it is older than
 * {@code ledger.query.dead-letters.keep-payload} (30 days by default), at start-up and hourly. The
 * row stays, with its position, aggregate, type name, reason and dates, so an operator still sees
 * what stopped and why.
 *
 * <p>Held records of a still-stopped aggregate are purged too, not kept until it resumes: nearly
 * every dead letter belongs to a stopped aggregate, so keeping those would keep almost everything,
 * for as long as nobody looks. The period is the operator's time to fix and retry; after it the
 * records are still in the event store (and in {@code ledger.events} within its retention), so the
 * aggregate is recovered by a rebuild or a re-forward from the store, and a retry says so
 * ({@link PayloadPurgedException}). Under the intake's lock, shared: a retry (which holds it alone)
 * never takes up a row half purged.
 */
@Component
@EnableScheduling
public class DeadLetterPurge {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPurge.class);

    private final DeadLetters deadLetters;
    private final IntakeLock lock;
    private final TransactionTemplate transaction;
    private final Duration keepPayload;

    DeadLetterPurge(DeadLetters deadLetters, IntakeLock lock, DataSourceTransactionManager transactionManager,
            @Value("${ledger.query.dead-letters.keep-payload:30d}") Duration keepPayload) {
        this.deadLetters = deadLetters;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.keepPayload = keepPayload;
    }

    @Scheduled(initialDelayString = "${ledger.query.purge.first-run-after:PT0S}", fixedDelayString = "PT1H")
    void scheduled() {
        purge(Instant.now());
    }

    /** Purges the payloads received before {@code now} minus the period; answers how many. */
    public int purge(Instant now) {
        Integer purged = transaction.execute(status -> {
            lock.shared();
            return deadLetters.purgePayloads(now.minus(keepPayload), now);
        });
        if (purged != null && purged > 0) {
            log.info("Purged the payloads of {} dead letters older than {}", purged, keepPayload);
        }
        return purged == null ? 0 : purged;
    }

    /** How long a payload is kept. */
    Duration keepPayload() {
        return keepPayload;
    }
}
