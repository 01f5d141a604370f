package org.learningledger.query.lesson;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.lesson.LessonEvent;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.RequiredFields;

/**
 * What the lessons read model cannot do without, per event. The first required field is the lesson, the
 * aggregate the event belongs to; its texts may be absent only when their key was erased.
 */
final class LessonEventChecks {

    private LessonEventChecks() {
    }

    /** The lesson the event belongs to (null when absent). */
    static UUID aggregateId(LessonEvent event) {
        return (UUID) event.handle(REQUIRED).values().stream().findFirst().orElse(null);
    }

    /** Names of required fields the event lacks, in declaration order; empty when complete. */
    static List<String> missingFields(LedgerEvent event) {
        return RequiredFields.missing(((LessonEvent) event.payload()).handle(REQUIRED), event);
    }

    private static final Required REQUIRED = new Required();

    /** Field names and values, in order: the exhaustive switch over a lesson's events. */
    private static final class Required implements LessonEvent.Handler<Map<String, Object>> {

        @Override
        public Map<String, Object> lessonDrafted(LessonDrafted e) {
            return RequiredFields.of("lessonId", e.lessonId(), "reportId", e.reportId(), "regionId", e.regionId(),
                    "reviewerId", e.reviewerId(), "tier", e.tier(), "title", e.title(), "summary", e.summary(),
                    "practice", e.practice());
        }

        @Override
        public Map<String, Object> lessonApproved(LessonApproved e) {
            return RequiredFields.of("lessonId", e.lessonId(), "reportId", e.reportId(), "regionId", e.regionId(),
                    "approverId", e.approverId(), "tier", e.tier(), "title", e.title(), "summary", e.summary(),
                    "practice", e.practice());
        }

        @Override
        public Map<String, Object> lessonErased(LessonErased e) {
            return RequiredFields.of("lessonId", e.lessonId(), "reportId", e.reportId(), "regionId", e.regionId(),
                    "erasure", e.erasure(), "erasure.role", role(e.erasure()));
        }
    }

    /** Who erased: the read model answers it, so it may not be missing. */
    private static Erasure.ErasedBy role(Erasure erasure) {
        return erasure == null ? null : erasure.role();
    }
}
