package org.learningledger.query.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/**
 * Reads the learning read model. The WHERE clauses only narrow the candidates cheaply (the reader's
 * teams, or published and neither withdrawn nor stopped); what a reader sees is decided by {@link LearningViews}.
 */
@Component
class LearningQueries {

    private static final String LEARNING = """
            SELECT l.*, coalesce(l.region_id, t.region_id) AS shown_region, t.name AS team_name, t.focus,
                   EXISTS (SELECT 1 FROM stopped_aggregate s WHERE s.aggregate_id = l.id) AS stopped
            FROM learning l LEFT JOIN team t ON t.id = l.team_id""";

    private static final TypeReference<List<UUID>> EVIDENCE = new TypeReference<>() { };

    private final JdbcClient jdbc;

    LearningQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LearningRows.Learning> candidates(Collection<UUID> readersTeams, LearningFilter filter) {
        String sql = LEARNING + " WHERE (l.tier IS NOT NULL AND NOT l.withdrawn"
                + " AND NOT EXISTS (SELECT 1 FROM stopped_aggregate s WHERE s.aggregate_id = l.id)"
                + (readersTeams.isEmpty() ? ")" : " OR l.team_id IN (:teams))")
                + (filter.team() == null ? "" : " AND l.team_id = :team")
                + (filter.region() == null ? "" : " AND coalesce(l.region_id, t.region_id) = :region")
                + (filter.focus() == null ? "" : " AND t.focus = :focus");
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        statement = readersTeams.isEmpty() ? statement : statement.param("teams", readersTeams);
        statement = filter.team() == null ? statement : statement.param("team", filter.team());
        statement = filter.region() == null ? statement : statement.param("region", filter.region());
        statement = filter.focus() == null ? statement : statement.param("focus", filter.focus());
        return statement.query(LearningQueries::learning).list();
    }

    Optional<LearningRows.Learning> byId(UUID id) {
        return jdbc.sql(LEARNING + " WHERE l.id = :id").param("id", id).query(LearningQueries::learning).optional();
    }

    /** Versions in order; with their snapshots only when asked (a list needs titles alone). */
    List<Row<LearningRows.Version>> versions(Collection<UUID> learnings, boolean snapshots) {
        return learnings.isEmpty() ? List.of() : jdbc.sql("SELECT learning_id, version, tier, published_at, title, erased_at, erased_by"
                + (snapshots ? ", CAST(snapshot AS text) AS snapshot" : "")
                + " FROM learning_version WHERE learning_id IN (:ids) ORDER BY learning_id, version")
                .param("ids", learnings).query((rs, n) -> new Row<>(uuid(rs, "learning_id"),
                        new LearningRows.Version(rs.getInt("version"), tier(rs), instant(rs, "published_at"),
                                rs.getString("title"), snapshots ? snapshot(rs.getString("snapshot")) : null,
                                instant(rs, "erased_at"), rs.getString("erased_by"))))
                .list();
    }

    List<Row<LearningRows.Endorsement>> endorsements(Collection<UUID> learnings) {
        return learnings.isEmpty() ? List.of() : jdbc.sql("""
                SELECT learning_id, steward_id, steward_region_id, tier, note, endorsed_at, note_erased_at,
                       note_erased_by FROM learning_endorsement
                WHERE learning_id IN (:ids) ORDER BY learning_id, sequence""").param("ids", learnings)
                .query((rs, n) -> new Row<>(uuid(rs, "learning_id"), new LearningRows.Endorsement(
                        rs.getString("steward_id"), uuid(rs, "steward_region_id"), tier(rs), rs.getString("note"),
                        instant(rs, "endorsed_at"), new LearningRows.Erased(instant(rs, "note_erased_at"),
                                rs.getString("note_erased_by"))))).list();
    }

    List<Row<LearningRows.Invitation>> invitations(Collection<UUID> learnings) {
        return learnings.isEmpty() ? List.of() : jdbc.sql("""
                SELECT learning_id, steward_id, steward_region_id, tier, invited_at FROM learning_invitation
                WHERE learning_id IN (:ids) ORDER BY learning_id, sequence""").param("ids", learnings)
                .query((rs, n) -> new Row<>(uuid(rs, "learning_id"), new LearningRows.Invitation(rs.getString("steward_id"),
                        uuid(rs, "steward_region_id"), tier(rs), instant(rs, "invited_at")))).list();
    }

    /** A row of a child table with the learning it belongs to. */
    record Row<T>(UUID learningId, T value) {
    }

    private static LearningRows.Learning learning(ResultSet rs, int row) throws SQLException {
        List<UUID> evidence = LedgerJson.mapper().readValue(rs.getString("evidence"), EVIDENCE);
        return new LearningRows.Learning(uuid(rs, "id"), uuid(rs, "team_id"), rs.getString("team_name"),
                rs.getString("focus"), uuid(rs, "shown_region"), tier(rs), rs.getBoolean("withdrawn"),
                instant(rs, "withdrawn_at"), rs.getString("withdraw_reason"),
                new LearningRows.Draft(rs.getString("title"), rs.getString("summary"), rs.getString("practice"),
                        rs.getString("context"), evidence, uuid(rs, "validates"), rs.getString("result"),
                        instant(rs, "revised_at"), instant(rs, "draft_erased_at"), rs.getString("draft_erased_by"),
                        rs.getInt("revision")),
                rs.getBoolean("stopped"), new LearningRows.Erased(instant(rs, "withdraw_reason_erased_at"),
                        rs.getString("withdraw_reason_erased_by")));
    }

    private static Snapshot snapshot(String json) {
        return LedgerJson.mapper().readValue(json, Snapshot.class);
    }

    private static Tier tier(ResultSet rs) throws SQLException {
        String tier = rs.getString("tier");
        return tier == null ? null : Tier.valueOf(tier);
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
