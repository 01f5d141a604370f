package org.learningledger.query.feed;

import java.time.ZoneOffset;
import java.util.UUID;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.challenge.ChallengeAnswered;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.challenge.ChallengeEvent;
import org.learningledger.events.challenge.ChallengeOutcomeReviewed;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.intake.CommitDurability;
import org.learningledger.query.intake.LedgerEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feed's entries of a challenge, the exhaustive switch over its events: an entry {@code challenge} when
 * it is raised ({@code step} raised) and when it is answered ({@code step} answered), at its tier. No entry
 * names the person who raised it. Erased, every entry keeps its place with its texts blanked.
 */
final class FeedChallenges implements ChallengeEvent.Handler<Void> {

    private final JdbcClient jdbc;
    private final CommitDurability durability;
    private final LedgerEvent event;

    FeedChallenges(JdbcClient jdbc, CommitDurability durability, LedgerEvent event) {
        this.jdbc = jdbc;
        this.durability = durability;
        this.event = event;
    }

    @Override
    public Void challengeRaised(ChallengeRaised e) {
        ObjectNode shown = shown(e.challengeId(), e.regionId(), e.tier(), "raised").put("target", e.target())
                .put("perverseEffect", e.perverseEffect()).put("raisedAt", event.occurredAt().toString());
        shown.set("evidence", LedgerJson.mapper().valueToTree(e.evidence()));
        insert(e.challengeId(), e.teamId(), e.regionId(), e.tier(), shown);
        return null;
    }

    /** Its tier and team come from the entry of its raise: the answer's event does not repeat them. */
    @Override
    public Void challengeAnswered(ChallengeAnswered e) {
        var raised = jdbc.sql("SELECT team_id, tier FROM feed_entry WHERE challenge_id = :c ORDER BY id LIMIT 1")
                .param("c", e.challengeId())
                .query((rs, n) -> new Object[] {rs.getObject("team_id", UUID.class), Tier.valueOf(rs.getString("tier"))})
                .optional();
        if (raised.isEmpty()) {
            return null; // the challenge projection refuses an answer to a challenge never raised
        }
        Tier tier = (Tier) raised.get()[1];
        ObjectNode shown = shown(e.challengeId(), e.regionId(), tier, "answered").put("answer", e.answer().name())
                .put("rationale", e.rationale()).put("outcomeReviewOn", String.valueOf(e.outcomeReviewOn()))
                .put("answeredAt", event.occurredAt().toString());
        insert(e.challengeId(), (UUID) raised.get()[0], e.regionId(), tier, shown);
        return null;
    }

    @Override
    public Void outcomeReviewed(ChallengeOutcomeReviewed e) {
        return null; // read with the challenge itself: the feed carries its raise and its answers
    }

    @Override
    public Void challengeErased(ChallengeErased e) {
        jdbc.sql("""
                UPDATE feed_entry SET payload = payload || jsonb_build_object('target', null, 'perverseEffect', null,
                        'rationale', null, 'erasedAt', CAST(:at AS text), 'erasedBy', CAST(:by AS text))
                WHERE challenge_id = :c AND payload -> 'erasedAt' IS NULL""")
                .param("c", e.challengeId()).param("at", event.occurredAt().toString())
                .param("by", e.erasure().role().name()).update();
        return null;
    }

    private static ObjectNode shown(UUID challenge, UUID region, Tier tier, String step) {
        return LedgerJson.mapper().createObjectNode().put("challengeId", challenge.toString())
                .put("regionId", region.toString()).put("tier", tier.name()).put("step", step);
    }

    private void insert(UUID challenge, UUID team, UUID region, Tier tier, ObjectNode shown) {
        if (team != null) {
            shown.put("teamId", team.toString());
        }
        durability.durable();
        // the same lock as the learnings' entries: one order of positions for the whole feed
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", FeedProjection.FEED_LOCK).query().listOfRows();
        jdbc.sql("""
                INSERT INTO feed_entry (challenge_id, sequence, kind, team_id, region_id, tier, payload, occurred_at)
                VALUES (:c, :sequence, 'challenge', :team, :region, :tier, CAST(:payload AS jsonb), :at)
                ON CONFLICT (challenge_id, sequence) DO NOTHING""")
                .param("c", challenge).param("sequence", event.sequence()).param("team", team).param("region", region)
                .param("tier", tier.name()).param("payload", LedgerJson.mapper().writeValueAsString(shown))
                .param("at", event.occurredAt().atOffset(ZoneOffset.UTC)).update();
    }
}
