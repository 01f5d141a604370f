package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.query.Envelopes.record;

import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.intake.ReplayIntake;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The intake applies a poll batch at once, and record by record only when a record of it cannot be
 * applied. Batches are handed to the intake directly (as a rebuild does), so each test knows exactly
 * what one batch holds; the listener shares that code path.
 */
@QueryServiceTest
class BatchIntakeIT {

    @Autowired
    Infrastructure infra;
    static final String TOPIC = "batch-intake-it";
    static final AtomicLong nextOffset = new AtomicLong();

    @Autowired
    ReplayIntake intake;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    private final UUID team = UUID.randomUUID();

    @Test
    void givenBatchWithCopiesOfAppliedEventsAndOfItsOwnEvents_whenApplied_thenEveryEventCountsOnce() {
        UUID experiment = UUID.randomUUID();
        UUID learning = UUID.randomUUID();
        UUID region = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        apply(List.of(proposed(experiment, 0), record(experiment, 1, 1, new ExperimentStarted(experiment, team, null)),
                observed(experiment, 2, first), record(learning, 0, 0, LearningEvents.drafted(learning, team, "t")),
                record(learning, 1, 1, LearningEvents.published(learning, team, region, 1, Tier.REGION, "t"))));
        double slowBefore = slowBatches();
        long deadBefore = deadLetters();

        // Each copy carries other content than the event it copies: applying it would show.
        List<ProducerRecord<String, byte[]>> withCopies = List.of(
                observed(experiment, 2, UUID.randomUUID()), // applied in the batch before
                observed(experiment, 3, second),
                observed(experiment, 3, UUID.randomUUID()), // a copy of the event just before, same batch
                record(experiment, 1, 5, new ExperimentAbandoned(experiment, team, "a copy of started")),
                endorsed(learning, region, "n"),
                endorsed(learning, region, "a copy"),
                record(experiment, 4, 4, new ExperimentConcluded(experiment, team, Decision.ADOPT, "done")));
        apply(withCopies);

        assertThat(observations(experiment)).containsExactlyInAnyOrder(first, second);
        assertThat(status(experiment)).isEqualTo("CONCLUDED 4");
        assertThat(jdbc.sql("SELECT count(*) FROM experiment WHERE id = :id AND started_at = :started"
                        + " AND ended_at = :ended").param("id", experiment)
                .param("started", Envelopes.at(1).atOffset(ZoneOffset.UTC))
                .param("ended", Envelopes.at(4).atOffset(ZoneOffset.UTC)).query(Long.class).single()).isOne();
        assertThat(historySequences(experiment)).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(historySequences(learning)).containsExactly(0L, 1L, 2L);
        assertThat(jdbc.sql("SELECT note FROM learning_endorsement WHERE learning_id = :id").param("id", learning)
                .query(String.class).list()).containsExactly("n");
        assertThat(jdbc.sql("SELECT kind FROM feed_entry WHERE learning_id = :id ORDER BY id").param("id", learning)
                .query(String.class).list()).containsExactly("published", "endorsed");
        assertThat(lastSequence(experiment)).isEqualTo(4);
        assertThat(deadLetters()).isEqualTo(deadBefore);
        assertThat(slowBatches()).isEqualTo(slowBefore); // all at once, no record-by-record retry

        String before = everything();
        apply(withCopies); // redelivered whole
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void givenBatchWithObservationOfUnknownExperiment_whenApplied_thenOnlyThatRecordDeadLetteredAndRestApplied() {
        UUID experiment = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        double slowBefore = slowBatches();
        long deadBefore = deadLetters();

        List<ConsumerRecord<String, byte[]>> batch = apply(List.of(proposed(experiment, 0),
                record(experiment, 1, 1, new ExperimentStarted(experiment, team, null)), observed(experiment, 2, a),
                observed(unknown, 0, UUID.randomUUID()), observed(experiment, 3, b), proposed(later, 0),
                record(experiment, 4, 4, new ExperimentConcluded(experiment, team, Decision.ADAPT, "s"))));

        assertThat(deadLetters()).isEqualTo(deadBefore + 1);
        assertThat(deadLetterReason(batch.get(3))).isEqualTo("ObservationRecorded for unknown experiment " + unknown);
        assertThat(observations(experiment)).containsExactlyInAnyOrder(a, b);
        assertThat(status(experiment)).isEqualTo("CONCLUDED 4");
        assertThat(status(later)).isEqualTo("PROPOSED 0");
        assertThat(historySequences(experiment)).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(historySequences(later)).containsExactly(0L);
        assertThat(historySequences(unknown)).isEmpty();
        assertThat(lastSequence(unknown)).isNull(); // its claim was rolled back with it
        assertThat(position()).isEqualTo(batch.get(batch.size() - 1).offset() + 1);
        assertThat(slowBatches()).isEqualTo(slowBefore + 1);
    }

    @Test
    void givenBatchWithLearningEventLackingRequiredFields_whenApplied_thenThatLearningStopsItsLaterEventsHeldRestApplied() {
        UUID learning = UUID.randomUUID();
        UUID region = UUID.randomUUID();
        UUID experiment = UUID.randomUUID();

        List<ConsumerRecord<String, byte[]>> batch = apply(List.of(
                record(learning, 0, 0, LearningEvents.drafted(learning, team, "t")),
                proposed(experiment, 0),
                record(learning, 1, 1, new LearningPublished(learning, team, region, 1, null, null)),
                record(learning, 2, 2, LearningEvents.published(learning, team, region, 1, Tier.REGION, "t")),
                observed(experiment, 1, UUID.randomUUID())));

        assertThat(deadLetterReason(batch.get(2)))
                .isEqualTo("LearningPublished lacks required fields [tier, snapshot]");
        assertThat(deadLetterReason(batch.get(3))).isEqualTo("held: aggregate stopped at sequence 1");
        List.of(0, 1, 4).forEach(i -> assertThat(deadLetterReason(batch.get(i))).isNull());
        assertThat(historySequences(learning)).containsExactly(0L); // nothing applied on top of the hole
        assertThat(jdbc.sql("SELECT kind FROM feed_entry WHERE learning_id = :id").param("id", learning)
                .query(String.class).list()).isEmpty();
        assertThat(status(experiment)).isEqualTo("PROPOSED 1");
        assertThat(observations(experiment)).hasSize(1);
    }

    @Test
    void givenLargeBatchOfInterleavedExperiments_whenApplied_thenEveryObservationAndHistoryRowIsThere() {
        int experiments = 60;
        int observationsEach = 47;
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < experiments; i++) {
            ids.add(UUID.randomUUID());
        }
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int seq = 0; seq < observationsEach + 3; seq++) {
            for (UUID id : ids) { // event seq of every experiment, then seq + 1 of every experiment, ...
                records.add(seq == 0 ? proposed(id, 0)
                        : seq == 1 ? record(id, 1, 1, new ExperimentStarted(id, team, null))
                        : seq <= observationsEach + 1 ? observed(id, seq, UUID.randomUUID())
                        : record(id, seq, seq, new ExperimentConcluded(id, team, Decision.ADOPT, "done")));
            }
        }
        double slowBefore = slowBatches();

        apply(records);

        assertThat(slowBatches()).isEqualTo(slowBefore);
        Map<String, Object> counts = jdbc.sql("""
                SELECT (SELECT count(*) FROM observation WHERE experiment_id IN (:ids)) AS observations,
                       (SELECT count(*) FROM history_event WHERE aggregate_id IN (:ids)) AS history,
                       (SELECT count(*) FROM experiment WHERE id IN (:ids) AND status = 'CONCLUDED'
                            AND version = :last AND started_at IS NOT NULL AND ended_at = updated_at) AS concluded,
                       (SELECT count(*) FROM applied_sequence WHERE aggregate_id IN (:ids)
                            AND last_sequence = :last) AS claimed""")
                .param("ids", ids).param("last", observationsEach + 2).query().singleRow();
        assertThat(counts).containsEntry("observations", (long) experiments * observationsEach)
                .containsEntry("history", (long) records.size())
                .containsEntry("concluded", (long) experiments).containsEntry("claimed", (long) experiments);
        List<String> historyOrder = jdbc.sql("""
                SELECT aggregate_id || '@' || sequence FROM history_event WHERE aggregate_id IN (:ids) ORDER BY position""")
                .param("ids", ids).query(String.class).list();
        assertThat(historyOrder).containsExactlyElementsOf(records.stream().map(r -> r.key() + "@"
                + LedgerJson.mapper().readTree(r.value()).path("sequence").asLong()).toList());
    }

    @Test
    void givenTextsWithQuotesBracesAndNulls_whenAppliedInBatch_thenStoredAsWrittenWithTimesAsTheDriverRoundsThem() {
        UUID experiment = UUID.randomUUID();
        List<String> texts = Arrays.asList("He said \"no\", {a,b} \\ done", "NULL", "", null, "Ünïcödé ✓ 'quoted'");
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(List.of(proposed(experiment, 0)));
        for (int i = 0; i < texts.size(); i++) {
            records.add(record(experiment, i + 1, i + 1, new ObservationRecorded(experiment, team,
                    UUID.randomUUID(), ObservationKind.NOTE, texts.get(i),
                    i == 0 ? new BigDecimal("1E+3") : new BigDecimal("0.50"), Envelopes.T0_DAY)));
        }
        // 1.5 microseconds: the driver rounds half up when it sends a time; the row update goes through it.
        Instant odd = Envelopes.at(60).plusNanos(1_500);
        UUID last = UUID.randomUUID();
        records.add(new ProducerRecord<>(TOPIC, experiment.toString(), LedgerJson.mapper().writeValueAsBytes(
                new EventEnvelope(UUID.randomUUID(), "ObservationRecorded", "2", "Experiment", experiment, 6, -1, odd,
                        LedgerJson.mapper().valueToTree(new ObservationRecorded(experiment, team, last,
                                ObservationKind.NOTE, "late", null, Envelopes.T0_DAY))))));

        apply(records);

        List<String> expected = new ArrayList<>(texts);
        expected.add("late");
        assertThat(jdbc.sql("SELECT text FROM observation WHERE experiment_id = :id ORDER BY recorded_at")
                .param("id", experiment).query(String.class).list()).containsExactlyElementsOf(expected);
        assertThat(jdbc.sql("SELECT value::text FROM observation WHERE experiment_id = :id AND value IS NOT NULL")
                .param("id", experiment).query(String.class).list()).containsOnly("1000", "0.50");
        assertThat(jdbc.sql("SELECT note FROM history_event WHERE aggregate_id = :id AND sequence = 1")
                .param("id", experiment).query(String.class).single()).isEqualTo(texts.get(0));
        assertThat(jdbc.sql("SELECT content ->> 'text' FROM history_event WHERE aggregate_id = :id AND sequence = 1")
                .param("id", experiment).query(String.class).single()).isEqualTo(texts.get(0));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM experiment e JOIN observation o ON o.experiment_id = e.id
                JOIN history_event h ON h.aggregate_id = e.id AND h.sequence = 6
                WHERE e.id = :id AND o.observation_id = :last AND o.recorded_at = e.updated_at
                  AND h.occurred_at = e.updated_at AND e.updated_at = :rounded""")
                .param("id", experiment).param("last", last)
                .param("rounded", odd.plusNanos(500).atOffset(ZoneOffset.UTC)).query(Long.class).single()).isOne();
    }

    private List<ConsumerRecord<String, byte[]>> apply(List<ProducerRecord<String, byte[]>> records) {
        List<ConsumerRecord<String, byte[]>> batch = records.stream().map(r -> new ConsumerRecord<>(TOPIC, 0,
                nextOffset.getAndIncrement(), r.key(), r.value())).toList();
        intake.apply(batch);
        return batch;
    }

    private ProducerRecord<String, byte[]> proposed(UUID experiment, long minutes) {
        return record(experiment, 0, minutes, new ExperimentProposed(experiment, team, "q", "p", "pl", "m", null));
    }

    private ProducerRecord<String, byte[]> observed(UUID experiment, long sequence, UUID observation) {
        return record(experiment, sequence, sequence, new ObservationRecorded(experiment, team, observation,
                ObservationKind.MEASURE, "note " + sequence, BigDecimal.valueOf(sequence), Envelopes.T0_DAY));
    }

    private ProducerRecord<String, byte[]> endorsed(UUID learning, UUID region, String note) {
        return record(learning, 2, 2, LearningEvents.endorsed(learning, team, region, Tier.REGION, "s", region, note));
    }

    private List<UUID> observations(UUID experiment) {
        return jdbc.sql("SELECT observation_id FROM observation WHERE experiment_id = :id").param("id", experiment)
                .query(UUID.class).list();
    }

    private String status(UUID experiment) {
        return jdbc.sql("SELECT status || ' ' || version FROM experiment WHERE id = :id").param("id", experiment)
                .query(String.class).single();
    }

    private List<Long> historySequences(UUID aggregate) {
        return jdbc.sql("SELECT sequence FROM history_event WHERE aggregate_id = :id ORDER BY position")
                .param("id", aggregate).query(Long.class).list();
    }

    private Long lastSequence(UUID aggregate) {
        return jdbc.sql("SELECT last_sequence FROM applied_sequence WHERE aggregate_id = :id").param("id", aggregate)
                .query(Long.class).optional().orElse(null);
    }

    private long deadLetters() {
        return jdbc.sql("SELECT count(*) FROM dead_letter WHERE topic = :t").param("t", TOPIC)
                .query(Long.class).single();
    }

    private String deadLetterReason(ConsumerRecord<String, byte[]> record) {
        return jdbc.sql("SELECT reason FROM dead_letter WHERE topic = :t AND record_offset = :o")
                .param("t", TOPIC).param("o", record.offset()).query(String.class).optional().orElse(null);
    }

    private long position() {
        return jdbc.sql("SELECT next_offset FROM consumer_position WHERE topic = :t").param("t", TOPIC)
                .query(Long.class).single();
    }

    /** The read model, the intake's bookkeeping and history, except the moving positions. */
    private String everything() {
        return new ReadModelDatabase(jdbc).checksum() + jdbc.sql(
                "SELECT md5(string_agg(h::text, E'\\n' ORDER BY position)) FROM history_event h").query(String.class)
                .single();
    }

    private double slowBatches() {
        return meters.get("ledger.intake.batches.record.by.record").counter().count();
    }
}
