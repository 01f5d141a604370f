package org.learningledger.query.experiment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the experiment read model. */
@Component
class ExperimentQueries {

    /** What an experiment's {@code basedOn} names, as far as the read model knows it. */
    private static final String BASED_ON_KIND = """
            CASE WHEN e.based_on IS NULL THEN NULL
                 WHEN EXISTS (SELECT 1 FROM learning l WHERE l.id = e.based_on) THEN 'learning'
                 WHEN EXISTS (SELECT 1 FROM lesson s WHERE s.lesson_id = e.based_on) THEN 'lesson'
                 WHEN EXISTS (SELECT 1 FROM case_review_finding f WHERE f.finding_id = e.based_on) THEN 'finding'
            END AS based_on_kind""";

    private final JdbcClient jdbc;

    ExperimentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The team's experiments, newest first, optionally only those with one status. */
    List<ExperimentSummary> ofTeam(UUID teamId, ExperimentStatus status) {
        String sql = """
                SELECT id, team_id, question, status, decision, based_on, proposed_at, started_at, ended_at, version,
                       erased_at, erased_by, %s
                FROM experiment e WHERE team_id = :team""".formatted(BASED_ON_KIND) + (status == null ? "" : " AND status = :status")
                + " ORDER BY proposed_at DESC, id";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("team", teamId);
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        return statement.query((rs, row) -> new ExperimentSummary(uuid(rs, "id"), uuid(rs, "team_id"),
                rs.getString("question"), ExperimentStatus.valueOf(rs.getString("status")), rs.getString("decision"),
                uuid(rs, "based_on"), instant(rs, "proposed_at"), instant(rs, "started_at"),
                instant(rs, "ended_at"), rs.getLong("version"), instant(rs, "erased_at"), rs.getString("erased_by"),
                rs.getString("based_on_kind")))
                .list();
    }

    // One snapshot for the experiment and its observations.
    @Transactional(readOnly = true)
    Optional<ExperimentDetail> byId(UUID id) {
        List<ExperimentDetail.Observation> observations = jdbc.sql("""
                SELECT observation_id, kind, text, value, recorded_at, observed_on, erased_at, erased_by FROM observation
                WHERE experiment_id = :id ORDER BY recorded_at, observation_id""").param("id", id)
                .query((rs, row) -> new ExperimentDetail.Observation(uuid(rs, "observation_id"),
                        rs.getString("kind"), rs.getString("text"), rs.getBigDecimal("value"),
                        instant(rs, "recorded_at"), rs.getObject("observed_on", LocalDate.class),
                        instant(rs, "erased_at"), rs.getString("erased_by"))).list();
        return jdbc.sql("SELECT e.*, " + BASED_ON_KIND + " FROM experiment e WHERE e.id = :id").param("id", id)
                .query((rs, row) -> new ExperimentDetail(uuid(rs, "id"), uuid(rs, "team_id"),
                        rs.getString("question"), rs.getString("prediction"), rs.getString("plan"),
                        rs.getString("measures"), uuid(rs, "based_on"),
                        ExperimentStatus.valueOf(rs.getString("status")), rs.getString("decision"),
                        rs.getString("summary"), rs.getString("abandon_reason"), instant(rs, "proposed_at"),
                        instant(rs, "started_at"), rs.getObject("started_on", LocalDate.class),
                        instant(rs, "ended_at"), rs.getLong("version"),
                        instant(rs, "updated_at"), observations, null, instant(rs, "erased_at"),
                        rs.getString("erased_by"), rs.getString("based_on_kind"))).optional();
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
