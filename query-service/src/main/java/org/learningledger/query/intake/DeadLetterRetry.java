package org.learningledger.query.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator's retry after a fix: a stopped aggregate's dead-lettered and held records are
 * taken out of {@code dead_letter}, the stop lifted, and the records applied again in sequence
 * order by the intake's own code. What applies now stays applied; the first record that still
 * fails stops the aggregate again with its new reason, and holds the rest. One transaction, the
 * live intake held off ({@link IntakeLock}), so no record of the aggregate slips in between.
 * An aggregate whose dead letters lost their payloads ({@link DeadLetterPurge}) is left as it is:
 * alone, that is a {@link PayloadPurgedException}; among all, an outcome saying so.
 */
@Component
public class DeadLetterRetry {

    /** How one aggregate came out: resumed, or stopped again (or left stopped, its payloads purged) and why. */
    public record Outcome(UUID aggregateId, int records, boolean resumed, String reason, boolean payloadPurged) {
    }

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRetry.class);

    private final TransactionTemplate transaction;
    private final IntakeLock lock;
    private final StoppedAggregates stops;
    private final DeadLetters deadLetters;
    private final EventIntake intake;
    private final DeadLetterPurge purge;

    DeadLetterRetry(DataSourceTransactionManager transactionManager, IntakeLock lock, StoppedAggregates stops,
            DeadLetters deadLetters, EventIntake intake, DeadLetterPurge purge) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.lock = lock;
        this.stops = stops;
        this.deadLetters = deadLetters;
        this.intake = intake;
        this.purge = purge;
    }

    /** Retries one stopped aggregate; empty when it is not stopped. */
    public Optional<Outcome> retry(UUID aggregateId) {
        return transaction.execute(status -> {
            lock.exclusive();
            return stops.reasonOf(aggregateId).map(reason -> {
                purged(aggregateId).ifPresent(e -> {
                    throw e;
                });
                return retryLocked(aggregateId);
            });
        });
    }

    /** Retries every stopped aggregate, in the order they stopped. */
    public List<Outcome> retryAll() {
        return transaction.execute(status -> {
            lock.exclusive();
            List<Outcome> outcomes = new ArrayList<>();
            stops.all().forEach(stop -> outcomes.add(purged(stop.aggregateId())
                    .map(e -> new Outcome(stop.aggregateId(), 0, false, e.getMessage(), true))
                    .orElseGet(() -> retryLocked(stop.aggregateId()))));
            return outcomes;
        });
    }

    private Outcome retryLocked(UUID aggregateId) {
        List<ConsumerRecord<String, byte[]>> records = deadLetters.takeUp(aggregateId);
        stops.resume(aggregateId);
        intake.reapply(records);
        Optional<String> stillStopped = stops.reasonOf(aggregateId);
        log.info("Retried {} dead letters of aggregate {}: {}", records.size(), aggregateId,
                stillStopped.map(r -> "stopped again, " + r).orElse("resumed"));
        return new Outcome(aggregateId, records.size(), stillStopped.isEmpty(), stillStopped.orElse(null), false);
    }

    private Optional<PayloadPurgedException> purged(UUID aggregateId) {
        return deadLetters.purgedOf(aggregateId)
                .map(at -> new PayloadPurgedException(aggregateId, at, purge.keepPayload()));
    }
}
