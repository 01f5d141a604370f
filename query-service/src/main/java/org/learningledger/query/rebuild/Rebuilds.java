package org.learningledger.query.rebuild;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.learningledger.events.Topics;
import org.learningledger.query.intake.ReplayIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Runs rebuilds, one at a time across every instance ({@link RebuildLock}), on their own thread,
 * recording their progress ({@link RebuildRecords}): replays {@code ledger.events} from the start
 * (an assigned consumer, no group) through the intake's own logic into a fresh schema, catches up
 * with the live positions, then in one transaction locks the live tables, applies the rest,
 * compares both sides and swaps the schemas' tables only if they agree: a rebuild that disagrees
 * with the live models (checksums, or an aggregate's last applied sequence) ends DIVERGED, names the
 * differences, and leaves the live models in place, since one of the two is wrong and an operator
 * must find out which before anything is replaced.
 */
@Component
class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(5);
    private static final int SWITCH_ATTEMPTS = 20;
    private static final String SHADOW = "rebuild_";
    static final String RETIRED = "retired_";

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final ReplayIntake intake;
    private final ReadModelSchemas schemas;
    private final ReadModelComparison comparison;
    private final TransactionTemplate transaction;
    private final KafkaProperties kafka;
    private final RebuildLock lock;
    private final RebuildRecords records;

    Rebuilds(ReplayIntake intake, ReadModelSchemas schemas, ReadModelComparison comparison,
            DataSourceTransactionManager transactionManager, KafkaProperties kafka, RebuildLock lock,
            RebuildRecords records) {
        this.lock = lock;
        this.records = records;
        this.intake = intake;
        this.schemas = schemas;
        this.comparison = comparison;
        this.transaction = new TransactionTemplate(transactionManager);
        this.kafka = kafka;
    }

    /** Starts a rebuild, or answers 409 while one runs on any instance sharing the database. */
    synchronized Rebuild start(String model) {
        RebuildLock.Held held = lock.tryAcquire().orElseThrow(this::conflict);
        try {
            Rebuild rebuild = new Rebuild(model);
            records.started(rebuild, held.pid);
            worker.submit(() -> {
                try (held) {
                    run(rebuild, held);
                }
            });
            return rebuild;
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
    }

    private ErrorResponseException conflict() {
        Optional<UUID> running = records.running();
        ErrorResponseException conflict = RebuildController.problem(HttpStatus.CONFLICT, running
                .map(id -> "Rebuild " + id + " is still running.").orElse("A rebuild is still running on another instance."));
        running.ifPresent(id -> conflict.getBody().setProperty("rebuild", id));
        return conflict;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Runs it to its end, recorded; the caller then releases the lock (after the record, never before). */
    private void run(Rebuild rebuild, RebuildLock.Held held) {
        long n = System.currentTimeMillis();
        String shadow = SHADOW + n;
        String retired = RETIRED + n;
        rebuild.schema = shadow;
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            dropAllBut(SHADOW, null); // left by a rebuild that was cut short (one runs at a time, on any instance)
            schemas.create(shadow);
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            ShadowReplay replay = new ShadowReplay(consumer, rebuild, shadow, begin, intake, schemas, transaction, records);
            replay.extend(end);
            log.info("Rebuild {}: replaying {} records into {}", rebuild.id, rebuild.total, shadow);
            replay.untilCaughtUp(end, true);
            if (!switchOver(replay, rebuild, held, shadow, retired)) {
                log.error("Rebuild {} disagrees with the live read models, which stay: {}", rebuild.id,
                        rebuild.differences);
                rebuild.error = "The rebuilt read models disagree with the live ones; the live ones stay: "
                        + String.join("; ", rebuild.differences);
                rebuild.state = Rebuild.State.DIVERGED;
                schemas.drop(shadow);
                rebuild.schema = null;
                records.changed(rebuild);
                return;
            }
            dropAllBut(RETIRED, retired); // the newest old tables are kept to look back at; older ones go
            rebuild.state = Rebuild.State.DONE;
            records.changed(rebuild);
            log.info("Rebuild {} done: live {} rebuilt {}", rebuild.id, rebuild.liveChecksum, rebuild.rebuiltChecksum);
        } catch (Exception e) {
            log.error("Rebuild {} failed", rebuild.id, e);
            rebuild.error = e.getClass().getSimpleName() + ": " + e.getMessage();
            rebuild.state = Rebuild.State.FAILED;
            recordQuietly(rebuild);
            try {
                if (rebuild.switchedAt == null) {
                    schemas.drop(shadow);
                }
            } catch (RuntimeException cleanup) {
                log.warn("Could not drop {}", shadow, cleanup);
            }
        }
    }

    /** Switches to the shadow and answers true; false, switching nothing, when the two disagree. */
    private boolean switchOver(ShadowReplay replay, Rebuild rebuild, RebuildLock.Held held, String shadow, String retired)
            throws InterruptedException {
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
            if (!held.stillHeld()) {
                throw new IllegalStateException("The rebuild lock was lost (its session ended); another rebuild may run.");
            }
            rebuild.state = Rebuild.State.SWITCHING;
            records.changed(rebuild);
            Map<TopicPartition, Long> before = replay.snapshot();
            try {
                ReadModelComparison.Result compared = transaction.execute(status -> {
                    schemas.lockLive(liveTables, "EXCLUSIVE");
                    Map<TopicPartition, Long> locked = schemas.positions(ReadModelSchemas.LIVE);
                    if (replay.ahead(locked)) {
                        throw new NotCaughtUp();
                    }
                    replay.extend(locked);
                    replay.untilCaughtUp(locked, false);
                    schemas.carryOverDeadLetters(shadow);
                    // Both sides at the same positions, the live intake held off: any difference is real.
                    ReadModelComparison.Result result = comparison.compare(shadow);
                    if (result.agrees()) {
                        schemas.lockLive(liveTables, "ACCESS EXCLUSIVE");
                        schemas.swap(shadow, retired);
                    }
                    return result;
                });
                rebuild.liveChecksum = compared.liveChecksum();
                rebuild.rebuiltChecksum = compared.rebuiltChecksum();
                rebuild.differences = compared.differences();
                if (!compared.agrees()) {
                    return false;
                }
                rebuild.switchedAt = Instant.now();
                rebuild.retiredSchema = retired;
                rebuild.schema = ReadModelSchemas.LIVE;
                return true;
            } catch (RuntimeException e) {
                replay.restore(before);
                rebuild.liveChecksum = null;
                rebuild.rebuiltChecksum = null;
                rebuild.state = Rebuild.State.RUNNING;
                records.changed(rebuild);
                if (attempt >= SWITCH_ATTEMPTS || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                log.info("Rebuild {}: switch attempt {} gave way ({}), trying again", rebuild.id, attempt, e.toString());
                Thread.sleep(100L * attempt);
            }
        }
    }

    /** The end as far as it can be written; if it cannot, the row reads as abandoned once the lock goes. */
    private void recordQuietly(Rebuild rebuild) {
        try {
            records.changed(rebuild);
        } catch (RuntimeException e) {
            log.warn("Could not record the end of rebuild {}", rebuild.id, e);
        }
    }

    private void dropAllBut(String prefix, String kept) {
        for (String schema : schemas.named(prefix)) {
            if (!schema.equals(kept)) {
                log.info("Dropping schema {}", schema);
                schemas.drop(schema);
            }
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(RebuildConsumerProperties.of(kafka), new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static final class NotCaughtUp extends RuntimeException {
        NotCaughtUp() {
            super("the live intake is behind the rebuilt positions", null, false, false);
        }
    }
}
