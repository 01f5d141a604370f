package org.learningledger.infra.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.learningledger.events.Topics;

/**
 * How far behind the query side is, in events, sampled once a second: forwarder lag (stored in PostgreSQL, not yet
 * on Kafka) and intake lag (on Kafka, not yet applied to the read models). Stored = highest global index; on Kafka
 * = sum of end offsets; applied = sum of the intake's stored positions. Re-sent copies make "on Kafka" a little
 * high, so the forwarder lag is measured from its value when the phase started.
 */
final class LagMonitor implements AutoCloseable {

    record Sample(double seconds, long stored, long onKafka, long applied) {
        long lag() {
            return Math.max(0, stored - applied);
        }
    }

    private final Connection store;
    private final Connection readModel;
    private final KafkaConsumer<byte[], byte[]> kafka;
    private final List<TopicPartition> partitions;

    LagMonitor(BenchStack stack) throws Exception {
        store = stack.connect("ledger_command");
        readModel = stack.connect("ledger_query");
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrap());
        kafka = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        partitions = kafka.partitionsFor(Topics.EVENTS).stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    /** stored and onKafka are offset so that an idle, caught-up stack reads lag 0. */
    Sample sample(double seconds) throws Exception {
        long stored = single(store, "SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
        long onKafka = kafka.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        long applied = single(readModel, "SELECT coalesce(sum(next_offset), 0) FROM consumer_position");
        return new Sample(seconds, stored, onKafka, applied);
    }

    /** Samples every second while {@code work} runs; the lags are relative to {@code base} (taken idle). */
    List<Sample> during(Sample base, Runnable progress, Interruptible work) throws Exception {
        List<Sample> samples = new ArrayList<>();
        Thread worker = new Thread(() -> {
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "bench-load");
        long start = System.nanoTime();
        worker.start();
        while (worker.isAlive()) {
            worker.join(1_000);
            samples.add(relative(base, sample((System.nanoTime() - start) / 1e9)));
            progress.run();
        }
        return samples;
    }

    Sample relative(Sample base, Sample s) {
        return new Sample(s.seconds(), s.stored() - base.stored(), s.onKafka() - base.onKafka(), s.applied() - base.applied());
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    interface Interruptible {
        void run() throws Exception;
    }

    @Override
    public void close() throws Exception {
        kafka.close();
        store.close();
        readModel.close();
    }
}
