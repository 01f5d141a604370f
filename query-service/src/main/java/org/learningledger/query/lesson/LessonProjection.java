package org.learningledger.query.lesson;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.lesson.LessonEvent;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.Projection;
import org.learningledger.query.intake.RejectedEventException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code lesson}: a draft, then, once approved, the approved text at the approved tier. Idempotent
 * on its own: a draft ignores an existing row, an approval applies once. An approval of a lesson never
 * drafted, or drafted from another report or region, is refused: the lesson's aggregate stops. The report
 * may not have arrived yet (another partition), so a draft does not ask for it. An erasure blanks the
 * texts and keeps the fact (drafted, approved at a tier) with the erasure's date; an erasure of a lesson
 * never drafted is refused like an approval.
 */
@Component
class LessonProjection implements Projection {

    private final JdbcClient jdbc;

    LessonProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(LedgerEvent event) {
        if (!(event.payload() instanceof LessonEvent payload)) {
            return;
        }
        String type = payload.getClass().getSimpleName();
        RejectedEventException.unlessWellFormed(event, type, LessonEventChecks.missingFields(event),
                () -> LessonEventChecks.aggregateId(payload));
        UUID id = LessonEventChecks.aggregateId(payload);
        payload.handle(new Writes(id, event.occurredAt().atOffset(ZoneOffset.UTC)));
    }

    /** One event's writes: the exhaustive switch over a lesson's events. */
    private final class Writes implements LessonEvent.Handler<Void> {

        private final UUID id;
        private final OffsetDateTime at;

        Writes(UUID id, OffsetDateTime at) {
            this.id = id;
            this.at = at;
        }

        @Override
        public Void lessonDrafted(LessonDrafted e) {
            jdbc.sql("""
                    INSERT INTO lesson (lesson_id, report_id, region_id, tier, title, summary, practice, drafted_by,
                                        drafted_at)
                    VALUES (:id, :report, :region, :tier, :title, :summary, :practice, :by, :at)
                    ON CONFLICT (lesson_id) DO NOTHING""")
                    .param("id", id).param("report", e.reportId()).param("region", e.regionId())
                    .param("tier", e.tier().name()).param("title", e.title()).param("summary", e.summary())
                    .param("practice", e.practice()).param("by", e.reviewerId()).param("at", at).update();
            return null;
        }

        @Override
        public Void lessonApproved(LessonApproved e) {
            int changed = jdbc.sql("""
                    UPDATE lesson SET tier = :tier, title = :title, summary = :summary, practice = :practice,
                           approved_by = :by, approved_at = :at
                    WHERE lesson_id = :id AND report_id = :report AND region_id = :region AND approved_at IS NULL""")
                    .param("id", id).param("report", e.reportId()).param("region", e.regionId())
                    .param("tier", e.tier().name()).param("title", e.title()).param("summary", e.summary())
                    .param("practice", e.practice()).param("by", e.approverId()).param("at", at).update();
            if (changed == 0 && jdbc.sql("SELECT count(*) FROM lesson WHERE lesson_id = :id AND report_id = :report"
                    + " AND region_id = :region").param("id", id).param("report", e.reportId())
                    .param("region", e.regionId()).query(Long.class).single() == 0) {
                throw new RejectedEventException("LessonApproved of lesson " + id + " never drafted from report "
                        + e.reportId() + " in region " + e.regionId());
            }
            return null;
        }

        @Override
        public Void lessonErased(LessonErased e) {
            int changed = jdbc.sql("""
                    UPDATE lesson SET title = NULL, summary = NULL, practice = NULL,
                           erased_at = COALESCE(erased_at, :at), erasure_role = COALESCE(erasure_role, :role)
                    WHERE lesson_id = :id AND report_id = :report AND region_id = :region""")
                    .param("id", id).param("report", e.reportId()).param("region", e.regionId())
                    .param("at", at).param("role", e.erasure().role().name()).update();
            if (changed == 0) {
                throw new RejectedEventException("LessonErased of lesson " + id + " never drafted from report "
                        + e.reportId() + " in region " + e.regionId());
            }
            return null;
        }
    }
}
