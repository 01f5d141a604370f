package org.learningledger.query.experiment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    // One snapshot for the experiment, its observations and their corrections.
    @Transactional(readOnly = true)
    Optional<ExperimentDetail> byId(UUID id) {
        Map<UUID, List<ExperimentDetail.Wording>> corrections = new HashMap<>();
        jdbc.sql("""
                SELECT observation_id, kind, text, corrected_at, reason FROM observation_correction
                WHERE experiment_id = :id ORDER BY sequence""").param("id", id)
                .query(rs -> {
                    corrections.computeIfAbsent(uuid(rs, "observation_id"), o -> new ArrayList<>())
                            .add(new ExperimentDetail.Wording(rs.getString("kind"), rs.getString("text"),
                                    instant(rs, "corrected_at"), rs.getString("reason")));
                });
        List<ExperimentDetail.Observation> observations = jdbc.sql("""
                SELECT observation_id, kind, text, value, recorded_at, observed_on, erased_at, erased_by, corrected_at,
                       recorded_kind, recorded_text FROM observation
                WHERE experiment_id = :id ORDER BY recorded_at, observation_id""").param("id", id)
                .query((rs, row) -> {
                    UUID observation = uuid(rs, "observation_id");
                    List<ExperimentDetail.Wording> history = new ArrayList<>();
                    if (corrections.containsKey(observation)) {
                        history.add(new ExperimentDetail.Wording(rs.getString("recorded_kind"),
                                rs.getString("recorded_text"), instant(rs, "recorded_at"), null));
                        history.addAll(corrections.get(observation));
                    }
                    return new ExperimentDetail.Observation(observation, rs.getString("kind"), rs.getString("text"),
                            rs.getBigDecimal("value"), instant(rs, "recorded_at"),
                            rs.getObject("observed_on", LocalDate.class), instant(rs, "erased_at"),
                            rs.getString("erased_by"), instant(rs, "corrected_at"), history);
                }).list();
        // Only the same team's experiments: the command side records no other, and the reader sees this team's.
        List<ExperimentDetail.Cycle> next = jdbc.sql("""
                SELECT n.id, n.question, n.status FROM experiment n JOIN experiment e ON e.id = n.follows
                WHERE n.follows = :id AND n.team_id = e.team_id ORDER BY n.proposed_at, n.id""").param("id", id)
                .query((rs, row) -> new ExperimentDetail.Cycle(uuid(rs, "id"), rs.getString("question"),
                        ExperimentStatus.valueOf(rs.getString("status")))).list();
        return jdbc.sql("SELECT e.*, " + BASED_ON_KIND + ", p.question AS follows_question FROM experiment e"
                + " LEFT JOIN experiment p ON p.id = e.follows AND p.team_id = e.team_id WHERE e.id = :id")
                .param("id", id)
                .query((rs, row) -> new ExperimentDetail(uuid(rs, "id"), uuid(rs, "team_id"),
                        rs.getString("question"), rs.getString("prediction"), rs.getString("plan"),
                        rs.getString("measures"), uuid(rs, "based_on"),
                        ExperimentStatus.valueOf(rs.getString("status")), rs.getString("decision"),
                        rs.getString("summary"), rs.getString("abandon_reason"), instant(rs, "proposed_at"),
                        instant(rs, "started_at"), rs.getObject("started_on", LocalDate.class),
                        instant(rs, "ended_at"), rs.getLong("version"),
                        instant(rs, "updated_at"), observations, null, instant(rs, "erased_at"),
                        rs.getString("erased_by"), rs.getString("based_on_kind"), uuid(rs, "follows"),
                        rs.getString("follows_question"), next, instant(rs, "revised_at"))).optional();
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
