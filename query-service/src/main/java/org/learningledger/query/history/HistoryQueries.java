package org.learningledger.query.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.learningledger.events.learning.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads {@code history_event} with each learning's state now, and the owning team of the learning a
 * validation validates; for a withdrawal, that of the version it withdrew (its latest before it), so
 * the validated team gets the fact of the withdrawal as it does in the feed. The export goes through a
 * server-side cursor (PostgreSQL needs a transaction and a fetch size for one), so a long history never
 * sits in memory.
 */
@Component
public class HistoryQueries {

    private static final String SELECT = """
            SELECT h.*, CAST(h.content AS text) AS content_text,
                   coalesce(l.withdrawn, cr.withdrawn_at IS NOT NULL, false) AS learning_withdrawn,
                   v.team_id AS validated_team,
                   EXISTS (SELECT 1 FROM stopped_aggregate s WHERE s.aggregate_id = h.aggregate_id) AS aggregate_stopped
            FROM history_event h
            LEFT JOIN learning l ON l.id = h.learning_id
            LEFT JOIN case_review cr ON h.kind = 'case-review' AND cr.case_review_id = h.aggregate_id
            LEFT JOIN LATERAL (SELECT p.validates FROM history_event p
                               WHERE h.kind = 'withdrawn' AND p.learning_id = h.learning_id
                                 AND p.kind IN ('published', 'validated') AND p.position < h.position
                               ORDER BY p.position DESC LIMIT 1) w ON true
            LEFT JOIN learning v ON v.id = coalesce(h.validates, w.validates)
            """;

    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;

    HistoryQueries(DataSource dataSource, DataSourceTransactionManager transactions) {
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(500);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Every event in [from, to) in the order it happened (ties in intake order), one at a time. */
    public void each(Instant from, Instant to, Consumer<HistoryRow> sink) {
        readOnly.executeWithoutResult(status -> cursor.query(SELECT
                + " WHERE h.occurred_at >= ? AND h.occurred_at < ? ORDER BY h.occurred_at, h.position",
                rs -> { sink.accept(row(rs)); }, Timestamp.from(from), Timestamp.from(to)));
    }

    /** The events of one learning, the publications of validations of it and challenges citing it, up to asOf. */
    public List<HistoryRow> aboutLearning(UUID learningId, Instant asOf) {
        return readOnly.execute(status -> cursor.query(SELECT + """
                 WHERE (h.learning_id = ? OR h.validates = ?
                        OR h.kind = 'challenge' AND h.content -> 'evidence' @> jsonb_build_array(CAST(? AS text)))
                   AND h.occurred_at <= ? ORDER BY h.occurred_at, h.position""",
                (rs, n) -> row(rs), learningId, learningId, learningId.toString(), Timestamp.from(asOf)));
    }

    /** Every publication (validations included) up to asOf: what landscape and analytics start from. */
    public List<HistoryRow> publications(Instant asOf) {
        return readOnly.execute(status -> cursor.query(SELECT + """
                 WHERE h.kind IN ('published', 'validated') AND h.occurred_at <= ? ORDER BY h.occurred_at, h.position""",
                (rs, n) -> row(rs), Timestamp.from(asOf)));
    }

    /**
     * Every approved lesson up to asOf: what the landscape shows beside learnings. Apart from publications, so
     * the spread analytics, which are about learnings and their validations, never count a lesson.
     */
    public List<HistoryRow> lessons(Instant asOf) {
        return readOnly.execute(status -> cursor.query(SELECT + """
                 WHERE h.kind = 'lesson' AND h.occurred_at <= ? ORDER BY h.occurred_at, h.position""",
                (rs, n) -> row(rs), Timestamp.from(asOf)));
    }

    /** The rows of one lesson up to asOf (its approval: a draft has none). */
    public List<HistoryRow> aboutLesson(UUID lessonId, Instant asOf) {
        return readOnly.execute(status -> cursor.query(SELECT + """
                 WHERE h.lesson_id = ? AND h.occurred_at <= ? ORDER BY h.occurred_at, h.position""",
                (rs, n) -> row(rs), lessonId, Timestamp.from(asOf)));
    }

    /**
     * What concerns {@code teams} in (since, until], newest first, at most {@code limit}: endorsements, invitations
     * and challenge answers of their own learnings and challenges, and validations of their learnings by other
     * teams. The WHERE only narrows candidates; what the reader gets of each is {@link HistorySight}'s answer.
     */
    public List<HistoryRow> concerning(Collection<UUID> teams, Instant since, Instant until, int limit) {
        if (teams.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", Collections.nCopies(teams.size(), "?"));
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(since), Timestamp.from(until)));
        args.addAll(teams);
        args.addAll(teams);
        args.addAll(teams);
        args.add(limit);
        return readOnly.execute(status -> cursor.query(SELECT + " WHERE h.occurred_at > ? AND h.occurred_at <= ?"
                + " AND (h.kind IN ('endorsed', 'invited', 'challenge-answered') AND h.team_id IN (" + in + ")"
                + " OR h.kind = 'validated' AND v.team_id IN (" + in + ") AND h.team_id NOT IN (" + in + "))"
                + " ORDER BY h.occurred_at DESC, h.position DESC LIMIT ?", (rs, n) -> row(rs), args.toArray()));
    }

    private static HistoryRow row(ResultSet rs) throws SQLException {
        String tier = rs.getString("tier");
        return new HistoryRow(rs.getLong("position"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
                rs.getObject("aggregate_id", UUID.class), rs.getObject("learning_id", UUID.class),
                rs.getObject("team_id", UUID.class), rs.getObject("region_id", UUID.class),
                tier == null ? null : Tier.valueOf(tier), (Integer) rs.getObject("version"), rs.getString("title"),
                rs.getObject("validates", UUID.class), rs.getString("result"), rs.getString("steward_id"),
                rs.getObject("steward_region_id", UUID.class), rs.getString("note"), rs.getString("content_text"),
                rs.getBoolean("learning_withdrawn"), rs.getObject("validated_team", UUID.class),
                rs.getBoolean("aggregate_stopped"), instant(rs, "erased_at"), rs.getString("erased_by"),
                rs.getObject("lesson_id", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
