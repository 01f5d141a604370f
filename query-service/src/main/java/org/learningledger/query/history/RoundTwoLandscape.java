package org.learningledger.query.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Item;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The landscape's case reviews and challenges at asOf, read from their tables (not the case review and
 * challenge packages: each can change on its own), seen by the one policy, {@link Sight}. Withdrawal and
 * stopping count as they are now, as for learnings; the landscape names no participant or raiser.
 */
@Component
class RoundTwoLandscape {

    private static final String STOPPED = "EXISTS (SELECT 1 FROM stopped_aggregate x WHERE x.aggregate_id = %s)";

    private final JdbcClient jdbc;

    RoundTwoLandscape(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Only what the reader gets in full (null otherwise): a withdrawn snapshot's fact has no place here. */
    List<LandscapeCaseReview> caseReviews(Reader reader, Instant asOf) {
        return jdbc.sql("""
                SELECT c.case_review_id, c.region_id, c.kind, c.title, c.withdrawn_at, c.erased_at, c.erasure_role,
                       v.version, v.tier, v.published_at, %s AS stopped
                  FROM case_review c
                  JOIN LATERAL (SELECT * FROM case_review_version w WHERE w.case_review_id = c.case_review_id
                                   AND w.published_at <= :asOf ORDER BY w.version DESC LIMIT 1) v ON true
                 ORDER BY v.published_at DESC, c.case_review_id""".formatted(STOPPED.formatted("c.case_review_id")))
                .param("asOf", OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC))
                .query((rs, n) -> caseReview(rs, reader)).list().stream().filter(Objects::nonNull).toList();
    }

    private static LandscapeCaseReview caseReview(ResultSet rs, Reader reader) throws SQLException {
        Item item = Item.caseReviewSnapshot(rs.getObject("region_id", UUID.class), Tier.valueOf(rs.getString("tier")),
                Set.of(), rs.getObject("withdrawn_at") != null, rs.getBoolean("stopped"));
        if (Sight.of(reader, item) != Sight.FULL) {
            return null;
        }
        return new LandscapeCaseReview("case-review", rs.getObject("case_review_id", UUID.class), item.region(),
                rs.getString("kind"), rs.getString("title"), item.tier(), rs.getInt("version"),
                instant(rs, "published_at"), instant(rs, "erased_at"), rs.getString("erasure_role"));
    }

    List<LandscapeChallenge> challenges(Reader reader, Instant asOf) {
        return jdbc.sql("SELECT c.*, %s AS stopped FROM challenge c WHERE c.raised_at <= :asOf"
                        .formatted(STOPPED.formatted("c.challenge_id")) + " ORDER BY c.raised_at DESC, c.challenge_id")
                .param("asOf", OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC))
                .query((rs, n) -> challenge(rs, reader, asOf)).list().stream().filter(Objects::nonNull)
                .toList();
    }

    private static LandscapeChallenge challenge(ResultSet rs, Reader reader, Instant asOf) throws SQLException {
        Item item = Item.challenge(rs.getObject("team_id", UUID.class), rs.getObject("region_id", UUID.class),
                Tier.valueOf(rs.getString("tier")), rs.getBoolean("stopped"));
        if (Sight.of(reader, item) != Sight.FULL) {
            return null;
        }
        Instant answeredAt = instant(rs, "answered_at");
        // only the standing answer is kept: one given after asOf is not shown as of then
        boolean answeredThen = answeredAt != null && !answeredAt.isAfter(asOf);
        return new LandscapeChallenge("challenge", rs.getObject("challenge_id", UUID.class), item.region(),
                item.owningTeam(), item.tier(), rs.getString("target"), rs.getString("perverse_effect"),
                instant(rs, "raised_at"), answeredThen ? rs.getString("answer") : null,
                answeredThen ? answeredAt : null, instant(rs, "erased_at"), rs.getString("erasure_role"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
