package org.learningledger.query.casereview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the case reviews read model: the facts {@link org.learningledger.query.reader.Sight} needs, and the
 * workspace ({@link Workspaces}). No rule of who sees what is kept here.
 */
@Component
class CaseReviewQueries {

    private static final String FACTS = """
            SELECT c.*, EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = c.case_review_id) AS stopped,
                   ARRAY(SELECT p.user_id FROM case_review_participant p
                          WHERE p.case_review_id = c.case_review_id AND p.removed_at IS NULL) AS participants,
                   v.version, v.tier, v.published_at, v.snapshot::text AS snapshot
              FROM case_review c
              LEFT JOIN LATERAL (SELECT * FROM case_review_version w WHERE w.case_review_id = c.case_review_id
                                    AND w.published_at IS NOT NULL ORDER BY w.version DESC LIMIT 1) v ON true
            """;

    private final JdbcClient jdbc;

    CaseReviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseReviewFacts> facts(UUID id) {
        return jdbc.sql(FACTS + " WHERE c.case_review_id = :id").param("id", id).query((rs, n) -> facts(rs))
                .optional();
    }

    /** The region's reviews, newest first. */
    List<CaseReviewFacts> ofRegion(UUID region) {
        return jdbc.sql(FACTS + " WHERE c.region_id = :region ORDER BY c.opened_at DESC, c.case_review_id")
                .param("region", region).query((rs, n) -> facts(rs)).list();
    }

    CaseReviewWorkspace workspace(CaseReviewFacts facts, Reader reader) {
        return new Workspaces(jdbc).of(facts, reader);
    }

    /** The latest published snapshot with what the reader may see of its findings' cites and responses. */
    CaseReviewPublishedView published(CaseReviewFacts facts, Reader reader) {
        FindingLinks links = new FindingLinks(jdbc);
        return facts.publishedView(links.visibleCites(facts.id(), reader), links.responses(facts.id(), reader));
    }

    private static CaseReviewFacts facts(ResultSet rs) throws SQLException {
        String snapshot = rs.getString("snapshot");
        CaseReviewFacts.Published latest = snapshot == null ? null
                : new CaseReviewFacts.Published(rs.getInt("version"), Tier.valueOf(rs.getString("tier")),
                        instant(rs, "published_at"), Snapshots.fromJson(snapshot));
        return new CaseReviewFacts(rs.getObject("case_review_id", UUID.class), rs.getObject("region_id", UUID.class),
                CaseReviewKind.valueOf(rs.getString("kind")), rs.getString("title"), instant(rs, "opened_at"),
                new HashSet<>(List.of((String[]) rs.getArray("participants").getArray())),
                instant(rs, "withdrawn_at"), instant(rs, "erased_at"), rs.getBoolean("stopped"), latest);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
