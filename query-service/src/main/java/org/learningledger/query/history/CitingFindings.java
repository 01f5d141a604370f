package org.learningledger.query.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Item;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case-review findings that cite one learning, each in the latest snapshot published by asOf that holds it,
 * read from the case review tables (as {@link RoundTwoLandscape}: the case review package can change on its own).
 * Who may see one is {@link org.learningledger.query.reader.Sight}'s, on {@link CitingFinding#item()}.
 */
@Component
class CitingFindings {

    /**
     * A finding citing the learning: {@code at} is when both its snapshot was published and the cite made, the
     * earliest instant a reader could see the two together. Withdrawal and stopping as they are now.
     */
    record CitingFinding(Instant at, UUID caseReviewId, UUID findingId, UUID regionId, Tier tier, int version,
                         Instant publishedAt, String text, boolean withdrawn, boolean stopped, Instant erasedAt,
                         String erasedBy) {

        Item item() {
            return Item.caseReviewSnapshot(regionId, tier, Set.of(), withdrawn, stopped);
        }
    }

    private final JdbcClient jdbc;

    CitingFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CitingFinding> of(UUID learningId, Instant asOf) {
        return jdbc.sql("""
                SELECT x.case_review_id, x.finding_id, x.cited_at, c.region_id, c.withdrawn_at, c.erased_at,
                       c.erasure_role, v.version, v.tier, v.published_at, f.value ->> 'text' AS text,
                       EXISTS (SELECT 1 FROM stopped_aggregate s WHERE s.aggregate_id = c.case_review_id) AS stopped
                  FROM case_review_cite x
                  JOIN case_review c ON c.case_review_id = x.case_review_id
                  JOIN LATERAL (SELECT * FROM case_review_version w
                                 WHERE w.case_review_id = x.case_review_id AND w.published_at <= :asOf
                                   AND w.snapshot -> 'findings' @> jsonb_build_array(
                                           jsonb_build_object('findingId', CAST(x.finding_id AS text)))
                                 ORDER BY w.version DESC LIMIT 1) v ON true
                  JOIN LATERAL jsonb_array_elements(v.snapshot -> 'findings') f
                       ON f.value ->> 'findingId' = CAST(x.finding_id AS text)
                 WHERE x.learning_id = :learning AND x.cited_at <= :asOf
                 ORDER BY greatest(x.cited_at, v.published_at), x.finding_id""")
                .param("learning", learningId).param("asOf", OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC))
                .query((rs, n) -> finding(rs)).list();
    }

    private static CitingFinding finding(ResultSet rs) throws SQLException {
        Instant cited = instant(rs, "cited_at");
        Instant published = instant(rs, "published_at");
        return new CitingFinding(cited.isAfter(published) ? cited : published,
                rs.getObject("case_review_id", UUID.class), rs.getObject("finding_id", UUID.class),
                rs.getObject("region_id", UUID.class), Tier.valueOf(rs.getString("tier")), rs.getInt("version"),
                published, rs.getString("text"), rs.getObject("withdrawn_at") != null, rs.getBoolean("stopped"),
                instant(rs, "erased_at"), rs.getString("erasure_role"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
