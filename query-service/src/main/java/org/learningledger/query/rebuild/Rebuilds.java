package org.learningledger.query.rebuild;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.learningledger.events.Topics;
import org.learningledger.query.intake.ReplayIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs rebuilds, one at a time, on their own thread: replays {@code ledger.events} from the start
 * (an assigned consumer, no group) through the intake's own logic into a fresh schema, catches up
 * with the live positions, then in one transaction locks the live tables, applies the rest,
 * compares checksums and swaps the schemas' tables.
 */
@Component
class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(5);
    private static final int SWITCH_ATTEMPTS = 20;

    private final Map<UUID, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final ReplayIntake intake;
    private final ReadModelSchemas schemas;
    private final TransactionTemplate transaction;
    private final String bootstrapServers;
    private volatile Rebuild current;

    Rebuilds(ReplayIntake intake, ReadModelSchemas schemas, DataSourceTransactionManager transactionManager,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        this.intake = intake;
        this.schemas = schemas;
        this.transaction = new TransactionTemplate(transactionManager);
        this.bootstrapServers = bootstrapServers;
    }

    synchronized Rebuild start(String model) {
        Rebuild running = current;
        if (running != null && (running.state == Rebuild.State.RUNNING || running.state == Rebuild.State.SWITCHING)) {
            throw RebuildController.problem(HttpStatus.CONFLICT, "Rebuild " + running.id + " is still running.");
        }
        Rebuild rebuild = new Rebuild(model);
        rebuilds.put(rebuild.id, rebuild);
        current = rebuild;
        worker.submit(() -> run(rebuild));
        return rebuild;
    }

    Optional<Rebuild> find(UUID id) {
        return Optional.ofNullable(rebuilds.get(id));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void run(Rebuild rebuild) {
        long n = System.currentTimeMillis();
        String shadow = "rebuild_" + n;
        String retired = "retired_" + n;
        rebuild.schema = shadow;
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            schemas.create(shadow);
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Replay replay = new Replay(consumer, rebuild, shadow, begin);
            replay.extend(end);
            log.info("Rebuild {}: replaying {} records into {}", rebuild.id, rebuild.total, shadow);
            replay.untilCaughtUp(end, true);
            switchOver(replay, rebuild, shadow, retired);
            rebuild.state = Rebuild.State.DONE;
            log.info("Rebuild {} done: live {} rebuilt {}", rebuild.id, rebuild.liveChecksum, rebuild.rebuiltChecksum);
        } catch (Exception e) {
            log.error("Rebuild {} failed", rebuild.id, e);
            rebuild.error = e.getClass().getSimpleName() + ": " + e.getMessage();
            rebuild.state = Rebuild.State.FAILED;
            try {
                if (rebuild.switchedAt == null) {
                    schemas.drop(shadow);
                }
            } catch (RuntimeException cleanup) {
                log.warn("Could not drop {}", shadow, cleanup);
            }
        }
    }

    private void switchOver(Replay replay, Rebuild rebuild, String shadow, String retired) throws InterruptedException {
        Instant deadline = Instant.now().plus(CATCH_UP_LIMIT);
        List<String> liveTables = schemas.tables(shadow).stream()
                .filter(t -> !t.equals(ReadModelSchemas.FLYWAY_HISTORY)).toList();
        for (int attempt = 1; ; attempt++) {
            // Unlocked: follow the live positions until close, and wait for the live intake if it is behind us.
            Map<TopicPartition, Long> live = schemas.positions(ReadModelSchemas.LIVE);
            replay.extend(live);
            replay.untilCaughtUp(live, true);
            if (replay.ahead(schemas.positions(ReadModelSchemas.LIVE))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The live intake did not reach the rebuilt positions in time.");
                }
                Thread.sleep(200);
                continue;
            }
            rebuild.state = Rebuild.State.SWITCHING;
            Map<TopicPartition, Long> before = replay.snapshot();
            try {
                transaction.executeWithoutResult(status -> {
                    schemas.lockLive(liveTables, "EXCLUSIVE");
                    Map<TopicPartition, Long> locked = schemas.positions(ReadModelSchemas.LIVE);
                    if (replay.ahead(locked)) {
                        throw new NotCaughtUp();
                    }
                    replay.extend(locked);
                    replay.untilCaughtUp(locked, false);
                    String liveSum = schemas.checksum(ReadModelSchemas.LIVE);
                    String rebuiltSum = schemas.checksum(shadow);
                    schemas.lockLive(liveTables, "ACCESS EXCLUSIVE");
                    schemas.swap(shadow, retired);
                    rebuild.liveChecksum = liveSum;
                    rebuild.rebuiltChecksum = rebuiltSum;
                });
                rebuild.switchedAt = Instant.now();
                rebuild.retiredSchema = retired;
                rebuild.schema = ReadModelSchemas.LIVE;
                return;
            } catch (RuntimeException e) {
                replay.restore(before);
                rebuild.liveChecksum = null;
                rebuild.rebuiltChecksum = null;
                rebuild.state = Rebuild.State.RUNNING;
                if (attempt >= SWITCH_ATTEMPTS || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                log.info("Rebuild {}: switch attempt {} gave way ({}), trying again", rebuild.id, attempt, e.toString());
                Thread.sleep(100L * attempt);
            }
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG, "ledger-query-rebuild"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static final class NotCaughtUp extends RuntimeException {
        NotCaughtUp() {
            super("the live intake is behind the rebuilt positions", null, false, false);
        }
    }

    /** The shadow's replay: where it stands per partition, and how to move it to a target. */
    private final class Replay {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Rebuild rebuild;
        private final String shadow;
        private final Map<TopicPartition, Long> begin;
        private final Map<TopicPartition, Long> next;
        private final Map<TopicPartition, Long> target = new HashMap<>();

        Replay(KafkaConsumer<String, byte[]> consumer, Rebuild rebuild, String shadow, Map<TopicPartition, Long> begin) {
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
                    transaction.executeWithoutResult(status -> {
                        schemas.useInTransaction(shadow);
                        intake.apply(batch);
                    });
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

        private void updateDone() {
            rebuild.done = next.entrySet().stream().mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
        }
    }
}
