package org.learningledger.query.experiment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.LedgerCalendar;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentEvent;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.query.intake.AggregateWrites;
import org.learningledger.query.intake.ArrayRows;
import org.learningledger.query.intake.BatchProjection;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.RejectedEventException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code experiment}, {@code observation} and {@code observation_correction} tables. Every write is idempotent on its
 * own (inserts ignore existing rows, updates only move {@code version} forward), so the read
 * model stays right even if the intake's duplicate check were bypassed. A batch takes a few
 * statements: the rows' writes in rounds, all observations in one, and a run of observations of
 * one experiment moves its version once.
 */
@Component
class ExperimentProjection implements BatchProjection {

    private static final String PROPOSE = """
            INSERT INTO experiment (id, team_id, question, prediction, plan, measures, based_on, follows, status,
                                    proposed_at, version, updated_at)
            VALUES (:id, :team, :question, :prediction, :plan, :measures, :basedOn, :follows, 'PROPOSED', :at,
                    :version, :at)
            ON CONFLICT (id) DO NOTHING""";
    private static final String REVISE = update(
            "question = :question, prediction = :prediction, plan = :plan, measures = :measures, revised_at = :at, ");
    private static final String START = update("status = 'STARTED', started_at = :at, started_on = :startedOn, ");
    private static final String OBSERVED = update("");
    private static final String CONCLUDE = update(
            "status = 'CONCLUDED', decision = :decision, summary = :summary, ended_at = :at, ");
    private static final String ABANDON = update("status = 'ABANDONED', abandon_reason = :reason, ended_at = :at, ");
    private static final String ERASE = update("question = NULL, prediction = NULL, plan = NULL, measures = NULL, "
            + "summary = NULL, abandon_reason = NULL, erased_at = :at, erased_by = :by, ");
    // The first erasure of an observation dates it; a whole experiment's erasure later leaves that date. Its
    // corrections are its words too: they go with it.
    private static final String ERASE_OBSERVATION = """
            WITH c AS (UPDATE observation_correction SET text = NULL, reason = NULL
                       WHERE experiment_id = :id AND observation_id = :observation)
            UPDATE observation SET text = NULL, recorded_text = NULL, erased_at = :at, erased_by = :by
            WHERE experiment_id = :id AND observation_id = :observation AND erased_at IS NULL""";
    private static final String ERASE_OBSERVATIONS = """
            WITH c AS (UPDATE observation_correction SET text = NULL, reason = NULL WHERE experiment_id = :id)
            UPDATE observation SET text = NULL, recorded_text = NULL, erased_at = :at, erased_by = :by
            WHERE experiment_id = :id AND erased_at IS NULL""";
    // The observation reads as its latest correction; the first correction keeps what the team first wrote.
    private static final String CORRECT_OBSERVATION = """
            WITH c AS (INSERT INTO observation_correction (observation_id, experiment_id, sequence, corrected_at, kind,
                                                           text, reason)
                       SELECT :observation, :id, :version, :at, :kind, :text, :reason
                       WHERE EXISTS (SELECT 1 FROM observation WHERE observation_id = :observation
                                     AND experiment_id = :id)
                       ON CONFLICT (observation_id, sequence) DO NOTHING)
            UPDATE observation SET
                   recorded_kind = CASE WHEN corrected_sequence IS NULL THEN kind ELSE recorded_kind END,
                   recorded_text = CASE WHEN corrected_sequence IS NULL THEN text ELSE recorded_text END,
                   kind = :kind, text = :text, corrected_at = :at, corrected_sequence = :version
            WHERE observation_id = :observation AND experiment_id = :id
              AND (corrected_sequence IS NULL OR corrected_sequence < :version)""";
    private static final String OBSERVE = """
            INSERT INTO observation (observation_id, experiment_id, kind, text, value, recorded_at, observed_on)
            SELECT * FROM %s
            ON CONFLICT (observation_id) DO NOTHING""";

    private final NamedParameterJdbcTemplate jdbc;

    ExperimentProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void applyAll(List<LedgerEvent> events) {
        AggregateWrites rows = new AggregateWrites();
        ArrayRows observations = new ArrayRows("uuid", "uuid", "text", "text", "numeric", "timestamptz", "date");
        AggregateWrites corrections = new AggregateWrites();
        AggregateWrites erasures = new AggregateWrites();
        for (LedgerEvent event : events) {
            if (event.payload() instanceof ExperimentEvent payload) {
                check(event);
                payload.handle(new Writes(event, rows, observations, corrections, erasures));
            }
        }
        rows.run(jdbc, this::requireExperiments);
        // After the experiment rows, which the observations refer to; corrections after the observations they
        // correct, erasures after the texts they blank.
        observations.insert(jdbc.getJdbcTemplate(), OBSERVE);
        corrections.run(jdbc, this::requireObservations);
        erasures.run(jdbc, unchanged -> { }); // nothing left to blank (erased before) is no failure
    }

    /** One event's writes: the exhaustive switch over the experiment's events. */
    private record Writes(LedgerEvent event, AggregateWrites rows, ArrayRows observations,
                          AggregateWrites corrections, AggregateWrites erasures)
            implements ExperimentEvent.Handler<Void> {

        @Override
        public Void experimentProposed(ExperimentProposed e) {
            rows.add(event, PROPOSE, params(event, "team", e.teamId(), "question", e.question(), "prediction",
                    e.prediction(), "plan", e.plan(), "measures", e.measures(), "basedOn", e.basedOn(),
                    "follows", e.follows()));
            return null;
        }

        @Override
        public Void experimentRevised(ExperimentRevised e) {
            rows.add(event, REVISE, params(event, "question", e.question(), "prediction", e.prediction(), "plan",
                    e.plan(), "measures", e.measures()));
            return null;
        }

        @Override
        public Void observationCorrected(ObservationCorrected e) {
            rows.addSuperseding(event, OBSERVED, params(event));
            corrections.add(event, CORRECT_OBSERVATION, params(event, "observation", e.observationId(), "kind",
                    e.kind().name(), "text", e.text(), "reason", e.reason()));
            return null;
        }

        @Override
        public Void experimentStarted(ExperimentStarted e) {
            // A current event without the day (a tolerant reader) is dated as the upcaster dates an old one.
            LocalDate startedOn = e.startedOn() != null ? e.startedOn() : LedgerCalendar.dateOf(event.occurredAt());
            rows.add(event, START, params(event, "startedOn", startedOn));
            return null;
        }

        @Override
        public Void observationRecorded(ObservationRecorded e) {
            // Consecutive observations only move version and updated_at: the last one's UPDATE does it all.
            rows.addSuperseding(event, OBSERVED, params(event));
            // A current event without the day (a tolerant reader) is dated as the upcaster dates an old one.
            LocalDate observedOn = e.observedOn() != null ? e.observedOn() : LedgerCalendar.dateOf(event.occurredAt());
            observations.add(e.observationId(), event.aggregateId(), e.kind().name(), e.text(), e.value(),
                    event.occurredAt(), observedOn);
            return null;
        }

        @Override
        public Void experimentConcluded(ExperimentConcluded e) {
            rows.add(event, CONCLUDE, params(event, "decision", e.decision().name(), "summary", e.summary()));
            return null;
        }

        @Override
        public Void experimentAbandoned(ExperimentAbandoned e) {
            rows.add(event, ABANDON, params(event, "reason", e.reason()));
            return null;
        }

        @Override
        public Void observationErased(ObservationErased e) {
            rows.addSuperseding(event, OBSERVED, params(event));
            erasures.add(event, ERASE_OBSERVATION, params(event, "observation", e.observationId(),
                    "by", e.erasure().role().name()));
            return null;
        }

        @Override
        public Void experimentErased(ExperimentErased e) {
            rows.add(event, ERASE, params(event, "by", e.erasure().role().name()));
            erasures.add(event, ERASE_OBSERVATIONS, params(event, "by", e.erasure().role().name()));
            return null;
        }

        // Measures have their own tables (MeasureProjection); here they only move the experiment's version.
        @Override
        public Void measureDefined(MeasureDefined e) {
            rows.addSuperseding(event, OBSERVED, params(event));
            return null;
        }

        @Override
        public Void measurePointRecorded(MeasurePointRecorded e) {
            rows.addSuperseding(event, OBSERVED, params(event));
            return null;
        }

        @Override
        public Void measurePointCorrected(MeasurePointCorrected e) {
            rows.addSuperseding(event, OBSERVED, params(event));
            return null;
        }

        @Override
        public Void measureRephased(MeasureRephased e) {
            rows.addSuperseding(event, OBSERVED, params(event));
            return null;
        }
    }

    private static void check(LedgerEvent event) {
        String type = event.payload().getClass().getSimpleName();
        List<String> missing = ExperimentEventChecks.missingFields(event);
        if (!missing.isEmpty()) {
            throw new RejectedEventException(type + " lacks required fields " + missing);
        }
        UUID id = ExperimentEventChecks.experimentId(event.payload());
        if (!id.equals(event.aggregateId())) {
            throw new RejectedEventException(type + " is about experiment " + id
                    + " but travels as aggregate " + event.aggregateId());
        }
    }

    /** A write that changed nothing is a stale copy, unless its experiment does not exist. */
    private void requireExperiments(List<AggregateWrites.Write> unchanged) {
        Set<UUID> ids = new HashSet<>();
        unchanged.forEach(write -> ids.add(write.event().aggregateId()));
        Set<UUID> known = new HashSet<>(jdbc.queryForList("SELECT id FROM experiment WHERE id IN (:ids)",
                Map.of("ids", ids), UUID.class));
        for (AggregateWrites.Write write : unchanged) {
            LedgerEvent event = write.event();
            if (!known.contains(event.aggregateId())) {
                throw new RejectedEventException(
                        event.envelope().type() + " for unknown experiment " + event.aggregateId());
            }
        }
    }

    /** A correction that changed nothing is a stale copy, unless its observation was never recorded. */
    private void requireObservations(List<AggregateWrites.Write> unchanged) {
        for (AggregateWrites.Write write : unchanged) {
            boolean known = Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM observation"
                    + " WHERE observation_id = :observation AND experiment_id = :id)", write.params(), Boolean.class));
            if (!known) {
                throw new RejectedEventException("ObservationCorrected of observation "
                        + write.params().get("observation") + " that experiment " + write.event().aggregateId()
                        + " never recorded");
            }
        }
    }

    /** Sets the columns and moves version and updated_at forward. */
    private static String update(String assignments) {
        return "UPDATE experiment SET " + assignments + "version = :version, updated_at = :at"
                + " WHERE id = :id AND version < :version";
    }

    /** id, version and at of the event, and the given names and values (which may be null). */
    private static Map<String, Object> params(LedgerEvent event, Object... namesAndValues) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", event.aggregateId());
        params.put("version", event.sequence());
        params.put("at", event.occurredAt().atOffset(ZoneOffset.UTC));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
