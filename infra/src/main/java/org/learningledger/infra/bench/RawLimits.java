package org.learningledger.infra.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
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
            awaitLeaders(admin, topic);
        }
        Properties producer = new Properties();
        producer.putAll(common);
        producer.put("acks", "all");
        producer.put("enable.idempotence", "true");
        producer.put("linger.ms", "5");
        byte[] value = new byte[1024];
        long start = System.nanoTime();
        AtomicReference<Exception> failed = new AtomicReference<>();
        try (KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(producer, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count && failed.get() == null; i++) {
                p.send(new ProducerRecord<>(topic, Integer.toString(i).getBytes(), value), (metadata, error) -> {
                    if (error != null) {
                        failed.compareAndSet(null, error);
                    }
                });
            }
            p.flush();
        }
        if (failed.get() != null) {
            // a record the broker never took would leave the read loop below waiting for ever
            throw new IllegalStateException("Kafka refused records of the raw measurement: " + failed.get(), failed.get());
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
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (read < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("read " + read + " of " + count + " raw records in 2 minutes");
                }
                read += c.poll(Duration.ofMillis(500)).count();
            }
        }
        return new double[] {produced, read / ((System.nanoTime() - start) / 1e9)};
    }

    /**
     * Until every partition of a new topic has a leader: a producer that starts before then gets
     * NOT_LEADER_OR_FOLLOWER, and an idempotent one can then loop on OUT_OF_ORDER_SEQUENCE_NUMBER
     * until its delivery timeout (seen here under load).
     */
    private static void awaitLeaders(Admin admin, String topic) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!everyPartitionLed(admin, topic)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no leader for every partition of " + topic + " in 30 s");
            }
            Thread.sleep(100);
        }
        Thread.sleep(500); // the broker's own metadata cache follows the controller's a moment later
    }

    private static boolean everyPartitionLed(Admin admin, String topic) throws Exception {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                    .partitions().stream().allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false; // created, but not yet known to the broker that answered
            }
            throw e;
        }
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
