package org.learningledger.query.feed;

import java.time.ZoneOffset;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.lesson.LessonEvent;
import org.learningledger.query.intake.CommitDurability;
import org.learningledger.query.intake.LedgerEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The feed's entries of a lesson, the exhaustive switch over its events: an approval is published, so
 * it becomes an entry {@code lesson} that readers of its tier get as they get a learning's publication.
 * The entry never names the report it came from or a reviewer: those are for the region's reviewers only.
 */
final class FeedLessons implements LessonEvent.Handler<Void> {

    private final JdbcClient jdbc;
    private final CommitDurability durability;
    private final LedgerEvent event;

    FeedLessons(JdbcClient jdbc, CommitDurability durability, LedgerEvent event) {
        this.jdbc = jdbc;
        this.durability = durability;
        this.event = event;
    }

    @Override
    public Void lessonDrafted(LessonDrafted e) {
        return null; // the region's reviewers' until a second one approves it: never in the feed
    }

    @Override
    public Void lessonApproved(LessonApproved e) {
        ObjectNode shown = LedgerJson.mapper().createObjectNode().put("lessonId", e.lessonId().toString())
                .put("regionId", e.regionId().toString()).put("tier", e.tier().name()).put("title", e.title())
                .put("summary", e.summary()).put("practice", e.practice())
                .put("approvedAt", event.occurredAt().toString());
        durability.durable();
        // the same lock as the learnings' entries: one order of positions for the whole feed
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", FeedProjection.FEED_LOCK).query().listOfRows();
        jdbc.sql("""
                INSERT INTO feed_entry (lesson_id, sequence, kind, region_id, tier, payload, occurred_at)
                VALUES (:lesson, :sequence, 'lesson', :region, :tier, CAST(:payload AS jsonb), :at)
                ON CONFLICT (lesson_id, sequence) DO NOTHING""")
                .param("lesson", e.lessonId()).param("sequence", event.sequence()).param("region", e.regionId())
                .param("tier", e.tier().name()).param("payload", LedgerJson.mapper().writeValueAsString(shown))
                .param("at", event.occurredAt().atOffset(ZoneOffset.UTC)).update();
        return null;
    }

    /**
     * The lesson's entry keeps its place and facts (region, tier, when approved); its texts are blanked and it
     * says when and by whom, which is what a subscriber resuming or starting later gets. No new entry.
     */
    @Override
    public Void lessonErased(LessonErased e) {
        jdbc.sql("""
                UPDATE feed_entry SET payload = payload || jsonb_build_object('title', null, 'summary', null,
                        'practice', null, 'erasedAt', CAST(:at AS text), 'erasedBy', CAST(:by AS text))
                WHERE lesson_id = :lesson AND kind = 'lesson' AND payload -> 'erasedAt' IS NULL""")
                .param("lesson", e.lessonId()).param("at", event.occurredAt().toString())
                .param("by", e.erasure().role().name()).update();
        return null;
    }
}
