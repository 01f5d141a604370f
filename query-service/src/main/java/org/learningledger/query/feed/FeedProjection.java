package org.learningledger.query.feed;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningEvent;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.content.ContentSeal;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.casereview.CaseReviewEvent;
import org.learningledger.events.challenge.ChallengeEvent;
import org.learningledger.events.lesson.LessonEvent;
import org.learningledger.query.intake.CommitDurability;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.Projection;
import org.learningledger.query.intake.RejectedEventException;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Appends publications, validations, endorsements, withdrawals, approved lessons ({@link FeedLessons}),
 * published case reviews ({@link FeedCaseReviews}) and raised or answered challenges ({@link FeedChallenges})
 * to {@code feed_entry}, in the
 * intake's transaction. Before inserting it takes a transaction-scoped advisory lock, so entry ids
 * are handed out in commit order: a reader that has seen id n will never later find a smaller one
 * committed (with concurrent intake threads a bigserial alone could commit 11 before 10).
 */
@Component
@Order(10)
class FeedProjection implements Projection {

    /** Any constant: the lock only serialises writers of the feed. */
    static final long FEED_LOCK = 0x4c65646765724644L;

    private final JdbcClient jdbc;
    private final CommitDurability durability;

    FeedProjection(JdbcClient jdbc, CommitDurability durability) {
        this.jdbc = jdbc;
        this.durability = durability;
    }

    @Override
    public void apply(LedgerEvent event) {
        // The learning projection ran first (@Order) and refused events it could not apply.
        if (event.payload() instanceof LearningEvent payload) {
            payload.handle(new Entries(event));
        } else if (event.payload() instanceof LessonEvent payload) {
            payload.handle(new FeedLessons(jdbc, durability, event));
        } else if (event.payload() instanceof CaseReviewEvent payload) {
            payload.handle(new FeedCaseReviews(jdbc, durability, event));
        } else if (event.payload() instanceof ChallengeEvent payload) {
            payload.handle(new FeedChallenges(jdbc, durability, event));
        }
    }

    /** The feed's entry of one event, if any: the exhaustive switch over the learning's events. */
    private final class Entries implements LearningEvent.Handler<Void> {

        private final LedgerEvent event;

        Entries(LedgerEvent event) {
            this.event = event;
        }

        @Override
        public Void learningDrafted(LearningDrafted e) {
            return null; // team-private: never in the feed
        }

        @Override
        public Void learningRevised(LearningRevised e) {
            return null; // team-private: never in the feed
        }

        @Override
        public Void learningPublished(LearningPublished e) {
            UUID team = (UUID) learning(event).get("team_id");
            boolean validation = e.snapshot().validates() != null;
            ObjectNode shown = base(event, team, e.regionId(), e.tier().name()).put("version", e.version())
                    .put("publishedAt", event.occurredAt().toString());
            if (validation) {
                shown.put("validates", e.snapshot().validates().toString())
                        .put("result", e.snapshot().result() == null ? null : e.snapshot().result().name());
            }
            shown.set("snapshot", LedgerJson.mapper().valueToTree(e.snapshot()));
            append(event, validation ? "validated" : "published", team, e.regionId(), e.tier().name(),
                    e.snapshot().validates(), shown);
            return null;
        }

        @Override
        public Void learningEndorsed(LearningEndorsed e) {
            Map<String, Object> learning = learning(event);
            UUID team = (UUID) learning.get("team_id");
            UUID region = (UUID) learning.get("region_id");
            ObjectNode shown = base(event, team, region, e.tier().name())
                    .put("stewardRegionId", e.stewardRegionId() == null ? null : e.stewardRegionId().toString())
                    .put("note", e.note()).put("endorsedAt", event.occurredAt().toString());
            append(event, "endorsed", team, region, e.tier().name(), null, shown);
            return null;
        }

        @Override
        public Void learningWithdrawn(LearningWithdrawn e) {
            Map<String, Object> learning = learning(event);
            UUID team = (UUID) learning.get("team_id");
            UUID region = (UUID) learning.get("region_id");
            String tier = (String) learning.get("tier");
            UUID validated = jdbc.sql("""
                    SELECT CAST(snapshot ->> 'validates' AS uuid) FROM learning_version WHERE learning_id = :id
                    ORDER BY version DESC LIMIT 1""").param("id", event.aggregateId()).query(UUID.class).optional()
                    .orElse(null);
            // The fact only: never the reason, never content.
            append(event, "withdrawn", team, region, tier, validated,
                    base(event, team, region, tier).put("withdrawnAt", event.occurredAt().toString()));
            return null;
        }

        /**
         * The entries of the erased versions keep their place and facts; their snapshot's text is
         * blanked and they say when and by whom it was erased (what a subscriber resuming or starting
         * later gets). The erasure itself is no new entry.
         */
        @Override
        public Void learningRevisionErased(LearningRevisionErased e) {
            if (e.versions().isEmpty()) {
                return null;
            }
            List<Map<String, Object>> entries = jdbc.sql("""
                    SELECT id, CAST(payload AS text) AS payload FROM feed_entry
                    WHERE learning_id = :id AND kind IN ('published', 'validated')
                      AND CAST(payload ->> 'version' AS integer) IN (:versions) AND payload -> 'erasedAt' IS NULL""")
                    .param("id", event.aggregateId()).param("versions", e.versions()).query().listOfRows();
            for (Map<String, Object> entry : entries) {
                ObjectNode shown = (ObjectNode) LedgerJson.mapper().readTree((String) entry.get("payload"));
                if (shown.has("snapshot")) {
                    shown.set("snapshot", ContentSeal.blank(Snapshot.class, shown.get("snapshot")));
                }
                shown.put("erasedAt", event.occurredAt().toString()).put("erasedBy", e.erasure().role().name());
                jdbc.sql("UPDATE feed_entry SET payload = CAST(:payload AS jsonb) WHERE id = :entry")
                        .param("payload", LedgerJson.mapper().writeValueAsString(shown))
                        .param("entry", entry.get("id")).update();
            }
            return null;
        }

        /**
         * The entry of that steward's endorsement keeps its place and facts; its note is blanked and it
         * says when and by whom. A withdrawal's entry never had its reason: nothing to do.
         */
        @Override
        public Void learningNoteErased(LearningNoteErased e) {
            if (e.kind() != NoteKind.ENDORSEMENT_NOTE) {
                return null;
            }
            List<Map<String, Object>> entries = jdbc.sql("""
                    SELECT f.id, CAST(f.payload AS text) AS payload FROM feed_entry f
                    JOIN learning_endorsement n ON n.learning_id = f.learning_id AND n.sequence = f.sequence
                    WHERE f.learning_id = :id AND f.kind = 'endorsed' AND n.steward_id = :steward
                      AND f.payload -> 'erasedAt' IS NULL""")
                    .param("id", event.aggregateId()).param("steward", e.stewardId()).query().listOfRows();
            for (Map<String, Object> entry : entries) {
                ObjectNode shown = (ObjectNode) LedgerJson.mapper().readTree((String) entry.get("payload"));
                shown.putNull("note");
                shown.put("erasedAt", event.occurredAt().toString()).put("erasedBy", e.erasure().role().name());
                jdbc.sql("UPDATE feed_entry SET payload = CAST(:payload AS jsonb) WHERE id = :entry")
                        .param("payload", LedgerJson.mapper().writeValueAsString(shown))
                        .param("entry", entry.get("id")).update();
            }
            return null;
        }

        @Override
        public Void teamInvitedToPublish(TeamInvitedToPublish e) {
            return null; // a steward's invitation is for the team only
        }
    }

    /** The learning as the learning projection keeps it; only a published one has feed entries. */
    private Map<String, Object> learning(LedgerEvent event) {
        Map<String, Object> row = jdbc.sql("SELECT team_id, region_id, tier FROM learning WHERE id = :id")
                .param("id", event.aggregateId()).query().singleRow();
        if (row.get("region_id") == null || row.get("tier") == null) {
            throw new RejectedEventException(
                    event.envelope().type() + " for unpublished learning " + event.aggregateId());
        }
        return row;
    }

    private static ObjectNode base(LedgerEvent event, UUID team, UUID region, String tier) {
        return LedgerJson.mapper().createObjectNode().put("learningId", event.aggregateId().toString())
                .put("teamId", team.toString()).put("regionId", region.toString()).put("tier", tier);
    }

    private void append(LedgerEvent event, String kind, UUID team, UUID region, String tier, UUID validates,
            ObjectNode shown) {
        durability.durable();
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", FEED_LOCK).query().listOfRows();
        jdbc.sql("""
                INSERT INTO feed_entry (learning_id, sequence, kind, team_id, region_id, tier, validates, payload,
                                        occurred_at)
                VALUES (:learning, :sequence, :kind, :team, :region, :tier, :validates, CAST(:payload AS jsonb), :at)
                ON CONFLICT (learning_id, sequence) DO NOTHING""")
                .param("learning", event.aggregateId()).param("sequence", event.sequence()).param("kind", kind)
                .param("team", team).param("region", region)
                .param("tier", tier).param("validates", validates)
                .param("payload", LedgerJson.mapper().writeValueAsString(shown))
                .param("at", event.occurredAt().atOffset(ZoneOffset.UTC)).update();
    }
}
