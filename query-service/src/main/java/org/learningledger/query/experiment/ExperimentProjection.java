package org.learningledger.query.experiment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.Projection;
import org.learningledger.query.intake.RejectedEventException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code experiment} and {@code observation} tables. Every write is idempotent on its
 * own (inserts ignore existing rows, updates only move {@code version} forward), so the read
 * model stays right even if the intake's duplicate check were bypassed.
 */
@Component
class ExperimentProjection implements Projection {

    private final JdbcClient jdbc;

    ExperimentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(LedgerEvent event) {
        Object payload = event.payload();
        if (!ExperimentEventChecks.isExperimentEvent(payload)) {
            return;
        }
        String type = payload.getClass().getSimpleName();
        List<String> missing = ExperimentEventChecks.missingFields(payload);
        if (!missing.isEmpty()) {
            throw new RejectedEventException(type + " lacks required fields " + missing);
        }
        UUID id = ExperimentEventChecks.experimentId(payload);
        if (!id.equals(event.aggregateId())) {
            throw new RejectedEventException(type + " is about experiment " + id
                    + " but travels as aggregate " + event.aggregateId());
        }
        if (payload instanceof ExperimentProposed e) {
            proposed(event, e);
        } else if (payload instanceof ExperimentStarted) {
            update(event, "status = 'STARTED', started_at = :at", Map.of());
        } else if (payload instanceof ObservationRecorded e) {
            update(event, "", Map.of());
            recordObservation(event, e);
        } else if (payload instanceof ExperimentConcluded e) {
            update(event, "status = 'CONCLUDED', decision = :decision, summary = :summary, ended_at = :at",
                    nullable("decision", e.decision().name(), "summary", e.summary()));
        } else if (payload instanceof ExperimentAbandoned e) {
            update(event, "status = 'ABANDONED', abandon_reason = :reason, ended_at = :at",
                    nullable("reason", e.reason()));
        }
    }

    private void proposed(LedgerEvent event, ExperimentProposed e) {
        jdbc.sql("""
                INSERT INTO experiment (id, team_id, question, prediction, plan, measures, based_on, status,
                                        proposed_at, version, updated_at)
                VALUES (:id, :team, :question, :prediction, :plan, :measures, :basedOn, 'PROPOSED', :at, :version, :at)
                ON CONFLICT (id) DO NOTHING""")
                .param("id", e.experimentId()).param("team", e.teamId()).param("question", e.question())
                .param("prediction", e.prediction()).param("plan", e.plan()).param("measures", e.measures())
                .param("basedOn", e.basedOn()).param("at", at(event)).param("version", event.sequence())
                .update();
    }

    /** Sets the columns and moves version and updated_at forward; the experiment must exist. */
    private void update(LedgerEvent event, String assignments, Map<String, Object> params) {
        String set = (assignments.isEmpty() ? "" : assignments + ", ") + "version = :version, updated_at = :at";
        int changed = jdbc.sql("UPDATE experiment SET " + set + " WHERE id = :id AND version < :version")
                .params(params).param("id", event.aggregateId()).param("version", event.sequence())
                .param("at", at(event)).update();
        if (changed == 0 && !exists(event.aggregateId())) {
            throw new RejectedEventException(event.envelope().type() + " for unknown experiment " + event.aggregateId());
        }
    }

    private void recordObservation(LedgerEvent event, ObservationRecorded e) {
        jdbc.sql("""
                INSERT INTO observation (observation_id, experiment_id, kind, text, value, recorded_at)
                VALUES (:observation, :experiment, :kind, :text, :value, :at)
                ON CONFLICT (observation_id) DO NOTHING""")
                .param("observation", e.observationId()).param("experiment", e.experimentId())
                .param("kind", e.kind().name()).param("text", e.text()).param("value", e.value())
                .param("at", at(event)).update();
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM experiment WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private static OffsetDateTime at(LedgerEvent event) {
        return event.occurredAt().atOffset(ZoneOffset.UTC);
    }

    /** Map.of refuses null values; event fields may be null. */
    private static Map<String, Object> nullable(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
