package org.learningledger.query.keys;

import java.util.ArrayList;
import java.util.List;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.report.ReportErased;

/** The content items an erasure event erased (each covers what lies under it); none for other events. */
public final class ErasedItems {

    private ErasedItems() {
    }

    public static List<ContentItem> of(Object payload) {
        List<ContentItem> items = new ArrayList<>();
        if (payload instanceof ObservationErased e && e.experimentId() != null && e.observationId() != null) {
            items.add(ContentItem.observation(e.experimentId(), e.observationId()));
        } else if (payload instanceof ExperimentErased e && e.experimentId() != null) {
            items.add(ContentItem.experiment(e.experimentId()));
        } else if (payload instanceof LearningRevisionErased e && e.learningId() != null) {
            if (e.revision() > 0) {
                items.add(ContentItem.revision(e.learningId(), e.revision()));
            }
            e.versions().stream().filter(v -> v != null && v > 0)
                    .forEach(v -> items.add(ContentItem.version(e.learningId(), v)));
        } else if (payload instanceof LearningNoteErased e && e.learningId() != null) {
            if (e.kind() == NoteKind.WITHDRAWAL_REASON) {
                items.add(ContentItem.withdrawal(e.learningId()));
            } else if (e.kind() == NoteKind.ENDORSEMENT_NOTE && e.stewardId() != null) {
                items.add(ContentItem.endorsement(e.learningId(), e.stewardId()));
            }
        } else if (payload instanceof ReportErased e && e.reportId() != null) {
            items.add(ContentItem.report(e.reportId()));
        } else if (payload instanceof LessonErased e && e.lessonId() != null) {
            items.add(ContentItem.lesson(e.lessonId()));
        }
        // A case review's and a challenge's texts have one key each: the erasure takes it whole.
        if (payload instanceof CaseReviewErased e && e.caseReviewId() != null) {
            items.add(ContentItem.caseReview(e.caseReviewId()));
        } else if (payload instanceof ChallengeErased e && e.challengeId() != null) {
            items.add(ContentItem.challenge(e.challengeId()));
        }
        return items;
    }
}
