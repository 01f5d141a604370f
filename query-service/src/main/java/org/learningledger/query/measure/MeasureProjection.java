package org.learningledger.query.measure;

import java.time.ZoneOffset;
import java.util.List;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
import org.learningledger.query.intake.BatchProjection;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.RejectedEventException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code measure}, {@code measure_point} and {@code measure_phase} tables. Measures are few
 * beside other events, so each event is one statement. Every write is idempotent on its own: inserts
 * ignore existing rows, a correction applies only over an older one. The experiment projection checks
 * that the experiment exists and moves its version; this one reads no other projection's tables.
 */
@Component
class MeasureProjection implements BatchProjection {

    private static final String DEFINE = """
            INSERT INTO measure (measure_id, experiment_id, name, unit, better, role, defined_at, defined_sequence)
            VALUES (:measure, :experiment, :name, :unit, :better, :role, :at, :sequence)
            ON CONFLICT (measure_id) DO NOTHING""";
    private static final String RECORD = """
            INSERT INTO measure_point (point_id, measure_id, experiment_id, value, observed_on, note, recorded_at,
                                       recorded_sequence)
            SELECT :point, :measure, :experiment, :value, :observedOn, :note, :at, :sequence
            WHERE EXISTS (SELECT 1 FROM measure WHERE measure_id = :measure AND experiment_id = :experiment)
            ON CONFLICT (point_id) DO NOTHING""";
    private static final String CORRECT = """
            UPDATE measure_point SET value = :value, observed_on = :observedOn, note = :note, corrected_at = :at,
                   corrected_sequence = :sequence, correction_reason = :reason
            WHERE point_id = :point AND measure_id = :measure AND experiment_id = :experiment
              AND recorded_sequence < :sequence AND (corrected_sequence IS NULL OR corrected_sequence < :sequence)""";
    private static final String REPHASE = """
            INSERT INTO measure_phase (measure_id, experiment_id, from_day, reason, rephased_at)
            SELECT :measure, :experiment, :from, :reason, :at
            WHERE EXISTS (SELECT 1 FROM measure WHERE measure_id = :measure AND experiment_id = :experiment)
            ON CONFLICT (measure_id, from_day) DO NOTHING""";
    // The whole experiment's texts go: names and units, notes, reasons. Values and days are no one's words.
    private static final String ERASE = """
            WITH m AS (UPDATE measure SET name = NULL, unit = NULL, erased_at = :at, erased_by = :by
                       WHERE experiment_id = :experiment AND erased_at IS NULL),
                 p AS (UPDATE measure_point SET note = NULL, correction_reason = NULL WHERE experiment_id = :experiment)
            UPDATE measure_phase SET reason = NULL WHERE experiment_id = :experiment""";

    private final NamedParameterJdbcTemplate jdbc;

    MeasureProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void applyAll(List<LedgerEvent> events) {
        for (LedgerEvent event : events) {
            Object payload = event.payload();
            if (payload instanceof MeasureDefined e) {
                update(event, DEFINE, params(event).addValue("measure", e.measureId()).addValue("name", e.name())
                        .addValue("unit", e.unit()).addValue("better", name(e.better()))
                        .addValue("role", name(e.role())), false);
            } else if (payload instanceof MeasurePointRecorded e) {
                update(event, RECORD, point(event, e.measureId(), e.pointId(), e.value(), e.observedOn(), e.note()),
                        true);
            } else if (payload instanceof MeasurePointCorrected e) {
                MapSqlParameterSource params = point(event, e.measureId(), e.pointId(), e.value(), e.observedOn(),
                        e.note()).addValue("reason", e.reason());
                if (jdbc.update(CORRECT, params) == 0 && !pointExists(params)) {
                    throw new RejectedEventException("MeasurePointCorrected of point " + e.pointId()
                            + " that measure " + e.measureId() + " never recorded");
                }
            } else if (payload instanceof MeasureRephased e) {
                update(event, REPHASE, params(event).addValue("measure", e.measureId()).addValue("from", e.from())
                        .addValue("reason", e.reason()), true);
            } else if (payload instanceof ExperimentErased e) {
                jdbc.update(ERASE, params(event).addValue("by", e.erasure().role().name()));
            }
        }
    }

    /** A point or phase of a measure this experiment never defined cannot be drawn: its aggregate stops. */
    private void update(LedgerEvent event, String sql, MapSqlParameterSource params, boolean needsMeasure) {
        int changed = jdbc.update(sql, params);
        if (changed == 0 && needsMeasure && !measureExists(params)) {
            throw new RejectedEventException(event.envelope().type() + " for measure " + params.getValue("measure")
                    + " that experiment " + event.aggregateId() + " never defined");
        }
    }

    private boolean measureExists(MapSqlParameterSource params) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM measure WHERE measure_id = "
                + ":measure AND experiment_id = :experiment)", params, Boolean.class));
    }

    private boolean pointExists(MapSqlParameterSource params) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM measure_point WHERE point_id = "
                + ":point AND measure_id = :measure AND experiment_id = :experiment)", params, Boolean.class));
    }

    private static MapSqlParameterSource point(LedgerEvent event, Object measure, Object point, Object value,
            Object observedOn, String note) {
        return params(event).addValue("measure", measure).addValue("point", point).addValue("value", value)
                .addValue("observedOn", observedOn).addValue("note", note);
    }

    private static MapSqlParameterSource params(LedgerEvent event) {
        return new MapSqlParameterSource("experiment", event.aggregateId()).addValue("sequence", event.sequence())
                .addValue("at", event.occurredAt().atOffset(ZoneOffset.UTC));
    }

    private static String name(Enum<?> value) {
        if (value == null) {
            throw new RejectedEventException("MeasureDefined lacks better or role");
        }
        return value.name();
    }
}
