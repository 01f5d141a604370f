package org.learningledger.query.challenge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningledger.events.challenge.ChallengeAnswer;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Item;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the challenges read model, each with the facts {@link org.learningledger.query.reader.Sight} needs. */
@Component
class ChallengeQueries {

    private static final String SELECT = "SELECT c.*, EXISTS (SELECT 1 FROM stopped_aggregate x"
            + " WHERE x.aggregate_id = c.challenge_id) AS stopped FROM challenge c";

    private final JdbcClient jdbc;

    ChallengeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One challenge as stored, and its item. */
    record Stored(ChallengeView view, Item item) {
    }

    /** Every challenge, newest first: the caller keeps those the reader sees. */
    List<Stored> all(Clock clock) {
        return jdbc.sql(SELECT + " ORDER BY c.raised_at DESC, c.challenge_id").query((rs, n) -> stored(rs, clock))
                .list();
    }

    Optional<Stored> byId(UUID id, Clock clock) {
        return jdbc.sql(SELECT + " WHERE c.challenge_id = :id").param("id", id).query((rs, n) -> stored(rs, clock))
                .optional();
    }

    private static Stored stored(ResultSet rs, Clock clock) throws SQLException {
        UUID team = rs.getObject("team_id", UUID.class);
        UUID region = rs.getObject("region_id", UUID.class);
        Tier tier = Tier.valueOf(rs.getString("tier"));
        Instant raisedAt = instant(rs, "raised_at");
        String answer = rs.getString("answer");
        Instant reviewedAt = instant(rs, "outcome_reviewed_at");
        Integer days = Unanswered.days(raisedAt, instant(rs, "first_answered_at"), clock);
        ChallengeView view = new ChallengeView(rs.getObject("challenge_id", UUID.class), region, team, tier,
                rs.getString("target"), rs.getString("perverse_effect"),
                List.of((UUID[]) rs.getArray("evidence").getArray()), raisedAt,
                answer == null ? null : new ChallengeView.Answer(ChallengeAnswer.valueOf(answer),
                        rs.getString("rationale"), rs.getObject("outcome_review_on", LocalDate.class),
                        rs.getString("answered_by"), instant(rs, "answered_at")),
                reviewedAt == null ? null : new ChallengeView.OutcomeReview(rs.getString("outcome"),
                        rs.getString("outcome_reviewed_by"), reviewedAt),
                days, Unanswered.over30Days(days), instant(rs, "erased_at"), rs.getString("erasure_role"));
        return new Stored(view, Item.challenge(team, region, tier, rs.getBoolean("stopped")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
