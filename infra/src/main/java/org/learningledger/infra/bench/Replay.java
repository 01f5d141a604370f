package org.learningledger.infra.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.EventType;
import org.learningledger.events.LedgerCalendar;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.Topics;
import org.learningledger.events.content.ContentSeal;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;

/**
 * Rebuilding read models from history: appends a generated history (experiments of {@code 2 + observations}
 * events, as the forwarder would write them) to {@code ledger.events}, then starts a second query service on a
 * fresh database and consumer group, which reads the whole topic from offset 0, and times its intake from its
 * first committed batch. The rate is reported at 100,000 events and at the end.
 *
 * <p>Encryption is on: every generated payload is sealed as the command service seals it ({@link ContentSeal},
 * a data key per experiment and per observation), and the keys are registered in the command service's key table,
 * wrapped under the stack's KEK ({@link SeedKeys}). The command service stays up during the replay, so the
 * replaying query service pays what a real rebuild pays: fetching the data keys from the command service's
 * internal endpoint, which unwraps them, and decrypting every text.
 */
final class Replay {

    /** {@code cpuMicrosPerEvent}: CPU time per replayed event of each process, which contention skews less than the rate. */
    record Result(long events, double seconds100k, double seconds, double perSecond100k, double perSecond,
                  double perSecondAfter100k, Map<String, Double> cpuMicrosPerEvent) {
    }

    private Replay() {
    }

    /** Events produced between key commits: the keys of a chunk are in the key table before its records are sent. */
    private static final int CHUNK = 10_000;

    /** Produces {@code events} generated, sealed events; returns how many data keys they needed. */
    static long generate(BenchStack stack, long events, int observations, Consumer<String> progress) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrap());
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        props.put("linger.ms", "10");
        props.put("batch.size", "262144");
        props.put("compression.type", "lz4");
        UUID team = UUID.randomUUID();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
             SeedKeys keys = new SeedKeys(stack)) {
            long written = 0;
            List<ProducerRecord<String, byte[]>> chunk = new ArrayList<>();
            while (written < events) {
                UUID experiment = UUID.randomUUID();
                for (int seq = 0; seq < observations + 2 && written < events; seq++, written++) {
                    DomainEvent payload = seq == 0
                            ? new ExperimentProposed(experiment, team, "Generated question", "prediction", "plan", "measures", null)
                            : seq == 1 ? new ExperimentStarted(experiment, team, null)
                            : new ObservationRecorded(experiment, team, UUID.randomUUID(), ObservationKind.NOTE, "Generated note " + seq, null,
                                    LedgerCalendar.dateOf(at));
                    EventType type = EventCatalog.byClass(payload.getClass()).orElseThrow();
                    EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type.name(), type.revision(), "Experiment", experiment, seq,
                            -1, at.plusMillis(written), ContentSeal.seal(payload, LedgerJson.mapper().valueToTree(payload), keys));
                    chunk.add(new ProducerRecord<>(Topics.EVENTS, experiment.toString(), LedgerJson.mapper().writeValueAsBytes(envelope)));
                }
                if (chunk.size() >= CHUNK || written >= events) {
                    keys.flush(); // the keys first: no record on Kafka names a key the command service does not have
                    chunk.forEach(producer::send);
                    chunk.clear();
                }
                if (written % 100_000 < observations + 2) {
                    progress.accept("generated " + written + " sealed events, " + keys.registered() + " data keys");
                }
            }
            producer.flush();
            return keys.registered();
        }
    }

    /** Times a fresh query service reading {@code total} records from offset 0, polling its stored positions. */
    static Result time(BenchStack stack, long total, double giveUpSeconds, Consumer<String> progress) throws Exception {
        String database = "ledger_query_replay";
        stack.createDatabase(database);
        int port = BenchStack.freePort();
        stack.startQuery("query-replay", port, database, "ledger-query-replay-" + UUID.randomUUID());
        Map<String, Long> pids = new LinkedHashMap<>();
        stack.services.forEach((name, child) -> pids.put(name, child.pid()));
        pids.put("postgres", stack.postgresPid());
        Cpu cpu = new Cpu(pids);
        long firstAt = 0;
        long first = 0;
        double at100k = Double.NaN;
        long applied = 0;
        long lastReport = 0;
        double seconds = 0;
        long giveUp = System.nanoTime() + (long) (giveUpSeconds * 1e9);
        try (Connection c = stack.connect(database)) {
            while (applied < total && System.nanoTime() < giveUp) {
                Thread.sleep(100);
                applied = positions(c);
                long now = System.nanoTime();
                if (applied > 0 && firstAt == 0) {
                    firstAt = now;
                    first = applied;
                    cpu.start();
                }
                seconds = firstAt == 0 ? 0 : (now - firstAt) / 1e9;
                if (Double.isNaN(at100k) && applied >= 100_000) {
                    at100k = seconds;
                }
                if (applied - lastReport >= 100_000) {
                    lastReport = applied;
                    progress.accept(String.format("replayed %,d of %,d events in %.1f s", applied, total, seconds));
                }
            }
        }
        Map<String, Double> perEvent = new LinkedHashMap<>();
        if (firstAt != 0 && applied > first) {
            double took = seconds;
            long events = applied - first;
            cpu.cores().forEach((name, cores) -> perEvent.put(name, Math.round(cores * took / events * 1e7) / 10.0));
        }
        stack.stop("query-replay");
        double rate = (applied - first) / seconds;
        double rate100k = (100_000 - first) / at100k;
        double after = (applied - 100_000) / (seconds - at100k);
        return new Result(applied, at100k, seconds, rate100k, rate, after, perEvent);
    }

    private static long positions(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(sum(next_offset), 0) FROM consumer_position")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return 0; // tables not created yet (Flyway runs at start-up)
        }
    }
}
