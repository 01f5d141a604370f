package org.learningledger.query.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps records that can never be applied, byte for byte with the reason, so that they neither
 * block the intake nor disappear. One row per topic-partition-offset: a replay adds nothing.
 */
@Component
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_REASON = 2_000;

    private final JdbcClient jdbc;
    private final Counter counter;

    DeadLetters(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.counter = Counter.builder("ledger.intake.dead.letters")
                .description("Records from ledger.events that could not be applied").register(registry);
    }

    void add(ConsumerRecord<String, byte[]> record, RuntimeException failure) {
        add(record, reasonOf(failure));
    }

    private void add(ConsumerRecord<String, byte[]> record, String reason) {
        String shortReason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        int added = jdbc.sql("""
                INSERT INTO dead_letter (topic, partition, record_offset, key, value, reason, received_at)
                VALUES (:topic, :partition, :offset, :key, :value, :reason, now())
                ON CONFLICT (topic, partition, record_offset) DO NOTHING""")
                .param("topic", record.topic()).param("partition", record.partition())
                .param("offset", record.offset()).param("key", record.key())
                .param("value", record.value()).param("reason", shortReason).update();
        if (added == 1) {
            log.warn("Dead-lettered record {}-{}@{} (key {}): {}",
                    record.topic(), record.partition(), record.offset(), record.key(), shortReason);
            // Count only what the database kept: the batch may still roll back and be retried.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
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
