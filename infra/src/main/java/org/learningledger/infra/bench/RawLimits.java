package org.learningledger.infra.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** What this machine can do without the ledger: the ceilings every other figure is compared with. */
final class RawLimits {

    private RawLimits() {
    }

    /** Single-row INSERT + COMMIT per transaction, durable, on {@code connections} connections for {@code duration}. */
    static double jdbcCommitsPerSecond(BenchStack stack, int connections, Duration duration) throws Exception {
        try (Connection c = stack.connect("bench_raw"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS raw_commit (id bigserial PRIMARY KEY, payload text NOT NULL)");
        }
        AtomicLong commits = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(pool.submit(() -> {
                try (Connection c = stack.connect("bench_raw");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO raw_commit (payload) VALUES (?)")) {
                    c.setAutoCommit(false);
                    insert.setString(1, "x".repeat(200));
                    while (System.nanoTime() < end) {
                        insert.executeUpdate();
                        c.commit();
                        commits.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return commits.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Produce {@code count} 1 KB records with acks=all (idempotent), then consume them all: records/s of each. */
    static double[] kafkaRecordsPerSecond(BenchStack stack, int count) throws Exception {
        String topic = "bench.raw";
        Map<String, Object> common = Map.of("bootstrap.servers", stack.kafkaBootstrap());
        try (Admin admin = Admin.create(common)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Properties producer = new Properties();
        producer.putAll(common);
        producer.put("acks", "all");
        producer.put("enable.idempotence", "true");
        producer.put("linger.ms", "5");
        byte[] value = new byte[1024];
        long start = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(producer, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                p.send(new ProducerRecord<>(topic, Integer.toString(i).getBytes(), value));
            }
            p.flush();
        }
        double produced = count / ((System.nanoTime() - start) / 1e9);
        Properties consumer = new Properties();
        consumer.putAll(common);
        consumer.put("max.poll.records", "2000");
        start = System.nanoTime();
        long read = 0;
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumer, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = List.of(0, 1, 2).stream().map(i -> new TopicPartition(topic, i)).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            while (read < count) {
                read += c.poll(Duration.ofMillis(500)).count();
            }
        }
        return new double[] {produced, read / ((System.nanoTime() - start) / 1e9)};
    }

    /** Records on ledger.events now (sum of end offsets). */
    static long topicSize(BenchStack stack) {
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrap());
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(org.learningledger.events.Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return c.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
