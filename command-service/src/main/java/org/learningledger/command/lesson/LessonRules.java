package org.learningledger.command.lesson;

import java.util.LinkedHashMap;
import java.util.Map;
import org.learningledger.command.NotFound;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.DeidentificationGuard;
import org.learningledger.events.lesson.LessonDrafted;

/** The rules of a lesson as pure decisions: each throws naming the rule, or returns normally. */
final class LessonRules {

    private LessonRules() {
    }

    /**
     * Only a reviewer of the report's region writes from it; to anyone else the report is not there. An erased
     * report is gone for its reviewers too: nothing new is written from it.
     */
    static void mayDraftFrom(RegionId reportRegion, boolean reportErased, Reviewerships reviewerships) {
        if (reportRegion == null) {
            throw new NotFound();
        }
        reviewerships.requireReviews(reportRegion);
        if (reportErased) {
            throw new RuleViolation("report-erased", "This report was erased: no lessons are written from it.");
        }
    }

    /** An erased lesson's key is deleted: it takes no new text, and an unapproved one is never published. */
    static void notErased(boolean erased) {
        if (erased) {
            throw new RuleViolation("lesson-erased", "This lesson was erased: it takes no new text and cannot be "
                    + "approved.");
        }
    }

    /** The text must not identify anyone, nor point at the case (422 naming each field and finding). */
    static void deidentified(String title, String summary, String practice) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", title);
        texts.put("summary", summary);
        texts.put("practice", practice);
        DeidentificationGuard.checkLesson(texts);
    }

    /** Two pairs of eyes: the drafter cannot approve their own lesson. */
    static void secondReviewer(LessonDrafted draft, UserId approver) {
        if (draft.reviewerId().equals(approver.value())) {
            throw new RuleViolation("second-reviewer-needed",
                    "A lesson is published only when a second reviewer of the region, not its drafter, approves it.");
        }
    }

    /** A retried draft with the same text is harmless; another text under the id is a conflict. */
    static boolean isRetry(LessonDrafted recorded, LessonDrafted asked) {
        if (recorded.equals(asked)) {
            return true;
        }
        throw new RuleViolation("id-already-used", "A lesson with this id already exists with different content.");
    }
}
