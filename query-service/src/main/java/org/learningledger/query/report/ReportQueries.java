package org.learningledger.query.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the reports read model. Each answer says whether the intake stopped the report, so the caller can
 * hand {@link org.learningledger.query.reader.Sight} the facts; no rule of who sees what is kept here.
 */
@Component
class ReportQueries {

    private static final String STOPPED =
            "EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = r.report_id) AS stopped";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One report found, and whether its aggregate is stopped. */
    record Stored<T>(T report, boolean stopped) {
    }

    /** The region's reports, newest first. */
    List<Stored<ReportSummary>> ofRegion(UUID region) {
        return jdbc.sql("SELECT r.report_id, r.region_id, r.kind, r.state, r.submitted_at, " + STOPPED + ","
                        + " GREATEST(r.submitted_at, (SELECT max(a.added_at) FROM report_addition a"
                        + " WHERE a.report_id = r.report_id)) AS last_activity"
                        + " FROM report r WHERE r.region_id = :region ORDER BY r.submitted_at DESC, r.report_id")
                .param("region", region)
                .query((rs, n) -> new Stored<>(new ReportSummary(rs.getObject("report_id", UUID.class),
                        rs.getObject("region_id", UUID.class), ReportKind.valueOf(rs.getString("kind")),
                        ReportState.valueOf(rs.getString("state")), instant(rs, "submitted_at"),
                        instant(rs, "last_activity")), rs.getBoolean("stopped"))).list();
    }

    /** The report whose receipt code hashes to {@code receiptHash}. */
    Optional<Stored<ReportDetail>> byReceiptHash(String receiptHash) {
        return jdbc.sql("SELECT report_id FROM report WHERE receipt_hash = :hash").param("hash", receiptHash)
                .query(UUID.class).optional().flatMap(this::byId);
    }

    Optional<Stored<ReportDetail>> byId(UUID id) {
        return jdbc.sql("SELECT r.*, " + STOPPED + " FROM report r WHERE r.report_id = :id").param("id", id)
                .query((rs, n) -> new Stored<>(detail(rs, id), rs.getBoolean("stopped"))).optional();
    }

    private ReportDetail detail(ResultSet rs, UUID id) throws SQLException {
        Instant erasedAt = instant(rs, "erased_at"); // read before the row's other queries run
        return new ReportDetail(id, rs.getObject("region_id", UUID.class), ReportKind.valueOf(rs.getString("kind")),
                ReportState.valueOf(rs.getString("state")), instant(rs, "submitted_at"), rs.getString("what_happened"),
                rs.getString("what_helped"), rs.getString("what_could_change"),
                jdbc.sql("SELECT * FROM report_addition WHERE report_id = :id ORDER BY sequence").param("id", id)
                        .query((a, m) -> new ReportDetail.Addition(a.getObject("addition_id", UUID.class),
                                a.getString("text"), instant(a, "added_at"))).list(),
                jdbc.sql("SELECT * FROM report_reply WHERE report_id = :id ORDER BY sequence").param("id", id)
                        .query((a, m) -> new ReportDetail.Reply(a.getObject("reply_id", UUID.class),
                                a.getString("reviewer_id"), a.getString("text"), instant(a, "replied_at"))).list(),
                jdbc.sql("SELECT * FROM report_triage WHERE report_id = :id ORDER BY sequence").param("id", id)
                        .query((a, m) -> new ReportDetail.Triage(ReportState.valueOf(a.getString("state")),
                                a.getString("reviewer_id"), a.getString("reason"), instant(a, "triaged_at"))).list(),
                // The lesson tables, not the lesson package: each can change on its own. Stopped lessons are left out.
                // Started experiments based on it, any team's: only the number leaves here.
                jdbc.sql("""
                        SELECT l.*, (SELECT count(*) FROM experiment e
                                      WHERE e.based_on = l.lesson_id AND e.started_at IS NOT NULL) AS experiments_started
                          FROM lesson l WHERE l.report_id = :id
                           AND NOT EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = l.lesson_id)
                         ORDER BY l.drafted_at, l.lesson_id""").param("id", id)
                        .query((a, m) -> new ReportDetail.Lesson(a.getObject("lesson_id", UUID.class),
                                a.getString("title"), Tier.valueOf(a.getString("tier")), a.getString("drafted_by"),
                                instant(a, "drafted_at"), a.getString("approved_by"), instant(a, "approved_at"),
                                instant(a, "erased_at"), a.getInt("experiments_started")))
                        .list(), erasedAt);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
