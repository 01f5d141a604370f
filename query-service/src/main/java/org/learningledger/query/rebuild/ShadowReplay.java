package org.learningledger.query.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.learningledger.query.intake.ReplayIntake;
import org.learningledger.query.keys.KeyServiceUnavailableException;
import org.springframework.transaction.support.TransactionTemplate;

/** The shadow's replay: where it stands per partition, and how to move it to a target. */
final class ShadowReplay {

    private static final Duration KEYS_PATIENCE = Duration.ofMinutes(1);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Rebuild rebuild;
    private final String shadow;
    private final Map<TopicPartition, Long> begin;
    private final Map<TopicPartition, Long> next;
    private final Map<TopicPartition, Long> target = new HashMap<>();
    private final ReplayIntake intake;
    private final ReadModelSchemas schemas;
    private final TransactionTemplate transaction;
    private final RebuildRecords records;

    ShadowReplay(KafkaConsumer<String, byte[]> consumer, Rebuild rebuild, String shadow, Map<TopicPartition, Long> begin,
            ReplayIntake intake, ReadModelSchemas schemas, TransactionTemplate transaction, RebuildRecords records) {
        this.records = records;
        this.intake = intake;
        this.schemas = schemas;
        this.transaction = transaction;
        this.consumer = consumer;
        this.rebuild = rebuild;
        this.shadow = shadow;
        this.begin = begin;
        this.next = new HashMap<>(begin);
    }

    /** Grows the total by what lies between where we are and these offsets. */
    void extend(Map<TopicPartition, Long> offsets) {
        offsets.forEach((tp, offset) -> {
            if (next.containsKey(tp)) {
                target.merge(tp, offset, Math::max);
            }
        });
        rebuild.total = target.entrySet().stream().mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
        updateDone();
    }

    /** True when the shadow has applied something these live positions have not. */
    boolean ahead(Map<TopicPartition, Long> live) {
        return next.entrySet().stream().anyMatch(e -> e.getValue() > live.getOrDefault(e.getKey(), begin.get(e.getKey())));
    }

    Map<TopicPartition, Long> snapshot() {
        return new HashMap<>(next);
    }

    void restore(Map<TopicPartition, Long> positions) {
        next.putAll(positions);
        next.forEach(consumer::seek);
        updateDone();
    }

    /**
     * Applies every record before {@code to}, per partition; each poll's records in their own
     * shadow transaction, or, with {@code ownTransactions} false, in the caller's.
     */
    void untilCaughtUp(Map<TopicPartition, Long> to, boolean ownTransactions) {
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted");
            }
            List<TopicPartition> active = new ArrayList<>();
            List<TopicPartition> idle = new ArrayList<>();
            next.forEach((tp, offset) -> (offset < to.getOrDefault(tp, 0L) ? active : idle).add(tp));
            if (active.isEmpty()) {
                return;
            }
            consumer.pause(idle);
            consumer.resume(active);
            ConsumerRecords<String, byte[]> polled = consumer.poll(Duration.ofMillis(200));
            List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : polled) {
                TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                if (record.offset() >= next.get(tp) && record.offset() < to.get(tp)) {
                    batch.add(record);
                }
            }
            if (ownTransactions) {
                applyRetryingKeys(batch);
            } else {
                schemas.useInTransaction(shadow);
                intake.apply(batch);
            }
            for (TopicPartition tp : active) {
                long position = consumer.position(tp);
                long limit = to.get(tp);
                if (position > limit) {
                    consumer.seek(tp, limit);
                }
                next.put(tp, Math.min(position, limit));
            }
            updateDone();
        }
    }

    /**
     * Applies a poll in a shadow transaction of its own; while the command service's key endpoint is
     * unreachable the same records are tried again (as the live intake retries), for up to a minute.
     */
    private void applyRetryingKeys(List<ConsumerRecord<String, byte[]>> batch) {
        long deadline = System.nanoTime() + KEYS_PATIENCE.toNanos();
        for (long wait = 250; ; wait = Math.min(wait * 2, 5_000)) {
            try {
                transaction.executeWithoutResult(status -> {
                    schemas.useInTransaction(shadow);
                    intake.apply(batch);
                });
                return;
            } catch (KeyServiceUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void updateDone() {
        rebuild.done = next.entrySet().stream().mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
        records.progressed(rebuild);
    }
}
