package org.learningledger.query.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps records that could not be applied, byte for byte with the reason, so that nothing is lost:
 * refused ones (which stop their aggregate) and held ones (later records of a stopped aggregate).
 * One row per topic-partition-offset: a replay adds nothing. A retry takes an aggregate's rows up again.
 * Not for ever: {@link DeadLetterPurge} empties the payloads of old rows, keeping the rest.
 */
@Component
public class DeadLetters {

    /**
     * A dead letter as an operator sees it: where it came from and why, never its value.
     *
     * @param payloadPurgedAt when its value was purged (it can no longer be retried); null while kept
     */
    public record Entry(long id, String topic, int partition, long offset, UUID aggregateId, Long sequence,
            String type, boolean held, String reason, Instant receivedAt, Instant payloadPurgedAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_REASON = 2_000;

    private final JdbcClient jdbc;
    private final Counter counter;

    DeadLetters(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.counter = Counter.builder("ledger.intake.dead.letters")
                .description("Records from ledger.events that could not be applied").register(registry);
    }

    /** A record not even its aggregate can be read from. */
    void add(ConsumerRecord<String, byte[]> record, RuntimeException failure) {
        add(record, reasonOf(failure), null, null, false);
    }

    /** A record refused for {@code failure}; answers the reason kept. */
    String refuse(ReadRecord read, RuntimeException failure) {
        return add(read.record(), reasonOf(failure), read.aggregateId(), read.sequence(), false);
    }

    /** A record held behind the stop of its aggregate. */
    void hold(ReadRecord read, Long stoppedAt) {
        add(read.record(), "held: aggregate stopped at sequence " + stoppedAt, read.aggregateId(), read.sequence(), true);
    }

    /** Newest first; of one aggregate when {@code aggregateId} is not null. */
    public List<Entry> list(UUID aggregateId, int limit) {
        return jdbc.sql("""
                SELECT id, topic, partition, record_offset, aggregate_id, sequence, held, reason, received_at, value,
                       event_type, payload_purged_at
                FROM dead_letter WHERE (CAST(:aggregate AS uuid) IS NULL OR aggregate_id = :aggregate)
                ORDER BY id DESC LIMIT :limit""").param("aggregate", aggregateId).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("topic"), rs.getInt("partition"),
                        rs.getLong("record_offset"), rs.getObject("aggregate_id", UUID.class),
                        (Long) rs.getObject("sequence"), typeOf(rs.getBytes("value"), rs.getString("event_type")),
                        rs.getBoolean("held"), rs.getString("reason"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("payload_purged_at", OffsetDateTime.class))))
                .list();
    }

    /** When the first of the aggregate's dead letters lost its payload; empty while all are kept. */
    Optional<Instant> purgedOf(UUID aggregateId) {
        return jdbc.sql("SELECT min(payload_purged_at) FROM dead_letter WHERE aggregate_id = :id")
                .param("id", aggregateId).query((rs, n) -> instant(rs.getObject(1, OffsetDateTime.class)))
                .optional();
    }

    /**
     * Empties the value of every row received before {@code cutoff} and not purged yet, keeping its
     * type name (read from the value, no content), position, aggregate, reason and dates; answers how many.
     */
    int purgePayloads(Instant cutoff, Instant now) {
        List<Object[]> old = jdbc.sql("""
                SELECT id, value FROM dead_letter WHERE payload_purged_at IS NULL AND received_at < :cutoff
                ORDER BY id FOR UPDATE""").param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)}).list();
        for (Object[] row : old) {
            jdbc.sql("""
                    UPDATE dead_letter SET value = NULL, payload_purged_at = :now, event_type = :type
                    WHERE id = :id""").param("now", now.atOffset(ZoneOffset.UTC))
                    .param("type", typeOf((byte[]) row[1], null)).param("id", row[0]).update();
        }
        return old.size();
    }

    /** Removes the aggregate's rows and answers their records in sequence order, to be applied again. */
    List<ConsumerRecord<String, byte[]>> takeUp(UUID aggregateId) {
        return jdbc.sql("""
                WITH taken AS (DELETE FROM dead_letter WHERE aggregate_id = :id RETURNING *)
                SELECT topic, partition, record_offset, key, value FROM taken
                ORDER BY sequence NULLS LAST, partition, record_offset""").param("id", aggregateId)
                .query((rs, n) -> new ConsumerRecord<>(rs.getString("topic"), rs.getInt("partition"),
                        rs.getLong("record_offset"), rs.getString("key"), rs.getBytes("value")))
                .list();
    }

    private String add(ConsumerRecord<String, byte[]> record, String reason, UUID aggregateId, Long sequence,
            boolean held) {
        String shortReason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        int added = jdbc.sql("""
                INSERT INTO dead_letter (topic, partition, record_offset, key, value, reason, received_at,
                                         aggregate_id, sequence, held)
                VALUES (:topic, :partition, :offset, :key, :value, :reason, now(), :aggregate, :sequence, :held)
                ON CONFLICT (topic, partition, record_offset) DO NOTHING""")
                .param("topic", record.topic()).param("partition", record.partition())
                .param("offset", record.offset()).param("key", record.key())
                .param("value", record.value()).param("reason", shortReason).param("aggregate", aggregateId)
                .param("sequence", sequence).param("held", held).update();
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
        return shortReason;
    }

    private static String typeOf(byte[] value, String kept) {
        return value == null ? kept : EnvelopeKey.typeOf(value);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String reasonOf(RuntimeException e) {
        if (e instanceof RejectedEventException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // First line only: PostgreSQL's "Detail: Failing row contains (...)" would copy content into the reason.
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }
}
