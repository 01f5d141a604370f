package org.learningledger.query.history;

import org.learningledger.events.content.Personal;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.lesson.LessonEvent;

/**
 * What history keeps of a lesson's events: its approval, which publishes it, as a row of kind {@code lesson}
 * at its region and tier, read as a learning's publication is. The row's content is the lesson's text only:
 * never the report it came from or a reviewer, which are the region's reviewers' alone.
 */
final class LessonFacts implements LessonEvent.Handler<HistoryFact> {

    /** The lesson's words, as an erasure blanks them ({@code ContentSeal.blank}). */
    record LessonText(@Personal String title, @Personal String summary, @Personal String practice) {
    }

    /** A draft is the region's reviewers' until approved: history, which travels to tiers, keeps none. */
    @Override
    public HistoryFact lessonDrafted(LessonDrafted e) {
        return null;
    }

    @Override
    public HistoryFact lessonApproved(LessonApproved e) {
        return new HistoryFact("lesson", null, null, e.regionId(), e.tier().name(), null, e.title(), null, null,
                null, null, null, new LessonText(e.title(), e.summary(), e.practice()), e.lessonId());
    }

    /** No row of its own: it blanks the lesson's row ({@link HistoryErasures}). */
    @Override
    public HistoryFact lessonErased(LessonErased e) {
        return null;
    }
}
