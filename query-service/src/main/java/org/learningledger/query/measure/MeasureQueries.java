package org.learningledger.query.measure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the measure tables, with the experiment rows they annotate (read, never written, here). */
@Component
class MeasureQueries {

    private final JdbcClient jdbc;

    MeasureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One snapshot of an experiment's measures, points, phases and notes; empty when there is no such experiment. */
    @Transactional(readOnly = true)
    Optional<MeasureRows> ofExperiment(UUID experimentId) {
        Optional<MeasureRows.Frame> frame = jdbc.sql("""
                SELECT id, team_id, status, decision, proposed_at, started_on, ended_at FROM experiment WHERE id = :id""")
                .param("id", experimentId).query((rs, row) -> frame(rs)).optional();
        return frame.map(experiment -> new MeasureRows(experiment, measures("experiment_id = :id", experimentId),
                points("p.experiment_id = :id", experimentId), phases(experimentId), notes(experimentId)));
    }

    /** The team's experiments that have measures, oldest first, each as {@link #ofExperiment} reads it. */
    @Transactional(readOnly = true)
    void ofTeam(UUID teamId, Consumer<MeasureRows> each) {
        List<UUID> experiments = jdbc.sql("""
                SELECT e.id FROM experiment e WHERE e.team_id = :team
                AND EXISTS (SELECT 1 FROM measure m WHERE m.experiment_id = e.id) ORDER BY e.proposed_at, e.id""")
                .param("team", teamId).query(UUID.class).list();
        experiments.forEach(id -> ofExperiment(id).ifPresent(each));
    }

    private List<MeasureRows.Measure> measures(String where, UUID id) {
        return jdbc.sql("SELECT measure_id, name, unit, better, role, defined_at, erased_at, erased_by FROM measure WHERE "
                        + where + " ORDER BY defined_sequence").param("id", id)
                .query((rs, row) -> new MeasureRows.Measure(uuid(rs, "measure_id"), rs.getString("name"),
                        rs.getString("unit"), rs.getString("better"), rs.getString("role"), instant(rs, "defined_at"),
                        instant(rs, "erased_at"), rs.getString("erased_by"))).list();
    }

    private List<MeasureRows.Point> points(String where, UUID id) {
        return jdbc.sql("SELECT p.measure_id, p.point_id, p.value, p.observed_on, p.note, p.recorded_at, p.corrected_at,"
                        + " p.correction_reason FROM measure_point p WHERE " + where + " ORDER BY p.recorded_sequence")
                .param("id", id)
                .query((rs, row) -> new MeasureRows.Point(uuid(rs, "measure_id"), uuid(rs, "point_id"),
                        rs.getBigDecimal("value"), rs.getObject("observed_on", LocalDate.class), rs.getString("note"),
                        instant(rs, "recorded_at"), instant(rs, "corrected_at"), rs.getString("correction_reason")))
                .list();
    }

    private List<MeasureRows.Phase> phases(UUID id) {
        return jdbc.sql("SELECT measure_id, from_day, reason FROM measure_phase WHERE experiment_id = :id ORDER BY from_day")
                .param("id", id).query((rs, row) -> new MeasureRows.Phase(uuid(rs, "measure_id"),
                        rs.getObject("from_day", LocalDate.class), rs.getString("reason"))).list();
    }

    private List<MeasureRows.Note> notes(UUID id) {
        return jdbc.sql("""
                SELECT observed_on, kind, text FROM observation WHERE experiment_id = :id
                ORDER BY observed_on, recorded_at, observation_id""").param("id", id)
                .query((rs, row) -> new MeasureRows.Note(rs.getObject("observed_on", LocalDate.class),
                        rs.getString("kind"), rs.getString("text"))).list();
    }

    private static MeasureRows.Frame frame(ResultSet rs) throws SQLException {
        return new MeasureRows.Frame(uuid(rs, "id"), uuid(rs, "team_id"), rs.getString("status"),
                rs.getString("decision"), instant(rs, "proposed_at"), rs.getObject("started_on", LocalDate.class),
                instant(rs, "ended_at"));
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
