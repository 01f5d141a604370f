package org.learningledger.events.content;

import java.util.Optional;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.casereview.CaseReviewEvent;
import org.learningledger.events.challenge.ChallengeEvent;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentEvent;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningEvent;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.lesson.LessonEvent;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportEvent;

/** The content item whose data key seals an event's personal fields; none for events without any. */
public final class ContentItems {

    private ContentItems() {
    }

    public static Optional<ContentItem> of(DomainEvent event) {
        if (event instanceof ExperimentEvent e) {
            return Optional.ofNullable(e.handle(EXPERIMENT));
        }
        if (event instanceof LearningEvent e) {
            return Optional.ofNullable(e.handle(LEARNING));
        }
        // Every report and lesson event carries its text, except the erasure, which only records the fact.
        if (event instanceof ReportEvent e) {
            return e instanceof ReportErased ? Optional.empty() : Optional.of(ContentItem.report(e.reportId()));
        }
        if (event instanceof LessonEvent e) {
            return e instanceof LessonErased ? Optional.empty() : Optional.of(ContentItem.lesson(e.lessonId()));
        }
        if (event instanceof CaseReviewEvent e) {
            return Optional.of(ContentItem.caseReview(e.caseReviewId())); // one key: erased as a whole
        }
        if (event instanceof ChallengeEvent e) {
            return Optional.of(ContentItem.challenge(e.challengeId()));
        }
        return Optional.empty();
    }

    private static final ExperimentEvent.Handler<ContentItem> EXPERIMENT = new ExperimentEvent.Handler<>() {
        public ContentItem experimentProposed(ExperimentProposed e) {
            return ContentItem.experiment(e.experimentId());
        }

        public ContentItem experimentStarted(ExperimentStarted e) {
            return null;
        }

        public ContentItem observationRecorded(ObservationRecorded e) {
            return ContentItem.observation(e.experimentId(), e.observationId());
        }

        public ContentItem experimentConcluded(ExperimentConcluded e) {
            return ContentItem.experiment(e.experimentId());
        }

        public ContentItem experimentAbandoned(ExperimentAbandoned e) {
            return ContentItem.experiment(e.experimentId());
        }

        public ContentItem observationErased(ObservationErased e) {
            return null;
        }

        public ContentItem experimentErased(ExperimentErased e) {
            return null;
        }

        // A measure's texts are the experiment's own: they go when the experiment is erased.
        public ContentItem measureDefined(MeasureDefined e) {
            return ContentItem.experiment(e.experimentId());
        }

        public ContentItem measurePointRecorded(MeasurePointRecorded e) {
            return ContentItem.experiment(e.experimentId());
        }

        public ContentItem measurePointCorrected(MeasurePointCorrected e) {
            return ContentItem.experiment(e.experimentId());
        }

        public ContentItem measureRephased(MeasureRephased e) {
            return ContentItem.experiment(e.experimentId());
        }

        public ContentItem experimentRevised(ExperimentRevised e) {
            return ContentItem.experiment(e.experimentId());
        }

        // The observation's own key: erasing the observation (or the experiment, which covers it) takes its corrections.
        public ContentItem observationCorrected(ObservationCorrected e) {
            return ContentItem.observation(e.experimentId(), e.observationId());
        }
    };

    private static final LearningEvent.Handler<ContentItem> LEARNING = new LearningEvent.Handler<>() {
        public ContentItem learningDrafted(LearningDrafted e) {
            return ContentItem.revision(e.learningId(), 1);
        }

        public ContentItem learningRevised(LearningRevised e) {
            return ContentItem.revision(e.learningId(), e.revision());
        }

        public ContentItem learningPublished(LearningPublished e) {
            return ContentItem.version(e.learningId(), e.version());
        }

        public ContentItem learningWithdrawn(LearningWithdrawn e) {
            return ContentItem.withdrawal(e.learningId());
        }

        public ContentItem learningEndorsed(LearningEndorsed e) {
            return ContentItem.endorsement(e.learningId(), e.stewardId());
        }

        public ContentItem teamInvitedToPublish(TeamInvitedToPublish e) {
            return null;
        }

        public ContentItem learningRevisionErased(LearningRevisionErased e) {
            return null;
        }

        public ContentItem learningNoteErased(LearningNoteErased e) {
            return null;
        }
    };
}
