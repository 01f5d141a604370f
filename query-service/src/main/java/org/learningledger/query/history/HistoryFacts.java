package org.learningledger.query.history;

import java.util.Map;
import java.util.Optional;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentEvent;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
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
import org.learningledger.events.casereview.CaseReviewEvent;
import org.learningledger.events.challenge.ChallengeEvent;
import org.learningledger.events.lesson.LessonEvent;

/**
 * What history keeps of each event: the flat columns an export shows and the content only the
 * rightful readers get; of a lesson, its approval ({@link LessonFacts}). Organisation events and reports
 * are not history of learning and are left out. Each
 * family goes through its Handler, so a new learning or experiment event fails the build here
 * until history says what it keeps of it. An erasure gets no row of its own: it blanks the rows of
 * what it erased, which then say when and by whom ({@link HistoryErasures}).
 */
final class HistoryFacts {

    private static final Learnings LEARNINGS = new Learnings();
    private static final Experiments EXPERIMENTS = new Experiments();
    private static final LessonFacts LESSONS = new LessonFacts();

    private HistoryFacts() {
    }

    static Optional<HistoryFact> of(Object payload) {
        HistoryFact fact = payload instanceof LearningEvent e ? e.handle(LEARNINGS)
                : payload instanceof ExperimentEvent e ? e.handle(EXPERIMENTS)
                : payload instanceof LessonEvent e ? e.handle(LESSONS)
                : payload instanceof CaseReviewEvent e ? e.handle(RoundTwoFacts.CASE_REVIEWS)
                : payload instanceof ChallengeEvent e ? e.handle(RoundTwoFacts.CHALLENGES) : null;
        return Optional.ofNullable(fact).filter(f -> f.teamId() != null || f.lessonId() != null
                || f.kind().equals("case-review") || RoundTwoFacts.CHALLENGE_KINDS.contains(f.kind()));
    }

    private static final class Learnings implements LearningEvent.Handler<HistoryFact> {

        @Override
        public HistoryFact learningPublished(LearningPublished e) {
            return new HistoryFact(e.snapshot().validates() == null ? "published" : "validated",
                    e.learningId(), e.teamId(), e.regionId(), e.tier().name(), e.version(), e.snapshot().title(),
                    e.snapshot().validates(), e.snapshot().result() == null ? null : e.snapshot().result().name(),
                    null, null, null, e.snapshot());
        }

        @Override
        public HistoryFact learningEndorsed(LearningEndorsed e) {
            return new HistoryFact("endorsed", e.learningId(), e.teamId(), e.regionId(), e.tier().name(), null,
                    null, null, null, e.stewardId(), e.stewardRegionId(), e.note(), Map.of("note", text(e.note())));
        }

        @Override
        public HistoryFact learningWithdrawn(LearningWithdrawn e) {
            // the reason is content: only the team gets it (see HistorySight)
            return new HistoryFact("withdrawn", e.learningId(), e.teamId(), e.regionId(),
                    e.tier() == null ? null : e.tier().name(), null, null, null, null, null, null, null,
                    Map.of("reason", text(e.reason())));
        }

        @Override
        public HistoryFact teamInvitedToPublish(TeamInvitedToPublish e) {
            return new HistoryFact("invited", e.learningId(), e.teamId(), null, null, null, null, null, null,
                    e.stewardId(), e.stewardRegionId(), e.tier().name(), e);
        }

        @Override
        public HistoryFact learningDrafted(LearningDrafted e) {
            return HistoryFact.teamPrivate("drafted", e.learningId(), e.teamId(), e.title(), null, e);
        }

        @Override
        public HistoryFact learningRevised(LearningRevised e) {
            return HistoryFact.teamPrivate("revised", e.learningId(), e.teamId(), e.title(), null, e);
        }

        @Override
        public HistoryFact learningRevisionErased(LearningRevisionErased e) {
            return null;
        }

        @Override
        public HistoryFact learningNoteErased(LearningNoteErased e) {
            return null;
        }
    }

    private static final class Experiments implements ExperimentEvent.Handler<HistoryFact> {

        @Override
        public HistoryFact experimentProposed(ExperimentProposed e) {
            return HistoryFact.teamPrivate("experiment_proposed", null, e.teamId(), e.question(), null, e);
        }

        @Override
        public HistoryFact experimentStarted(ExperimentStarted e) {
            return HistoryFact.teamPrivate("experiment_started", null, e.teamId(), null, null, e);
        }

        @Override
        public HistoryFact observationRecorded(ObservationRecorded e) {
            return HistoryFact.teamPrivate("observation_recorded", null, e.teamId(), null, e.text(), e);
        }

        @Override
        public HistoryFact experimentConcluded(ExperimentConcluded e) {
            return HistoryFact.teamPrivate("experiment_concluded", null, e.teamId(), null, e.summary(), e);
        }

        @Override
        public HistoryFact experimentAbandoned(ExperimentAbandoned e) {
            return HistoryFact.teamPrivate("experiment_abandoned", null, e.teamId(), null, e.reason(), e);
        }

        @Override
        public HistoryFact observationErased(ObservationErased e) {
            return null;
        }

        @Override
        public HistoryFact experimentErased(ExperimentErased e) {
            return null;
        }

        @Override
        public HistoryFact measureDefined(MeasureDefined e) {
            return HistoryFact.teamPrivate("measure_defined", null, e.teamId(), e.name(), null, e);
        }

        @Override
        public HistoryFact measurePointRecorded(MeasurePointRecorded e) {
            return HistoryFact.teamPrivate("measure_point_recorded", null, e.teamId(), null, e.note(), e);
        }

        /** The row of the point it corrects stays as it was: history shows both values. */
        @Override
        public HistoryFact measurePointCorrected(MeasurePointCorrected e) {
            return HistoryFact.teamPrivate("measure_point_corrected", null, e.teamId(), null, e.reason(), e);
        }

        @Override
        public HistoryFact measureRephased(MeasureRephased e) {
            return HistoryFact.teamPrivate("measure_rephased", null, e.teamId(), null, e.reason(), e);
        }

        /** The proposal's row stays as it was: history shows both wordings. */
        @Override
        public HistoryFact experimentRevised(ExperimentRevised e) {
            return HistoryFact.teamPrivate("experiment_revised", null, e.teamId(), e.question(), null, e);
        }

        /** A line of its own: the observation's row keeps what the team first wrote. */
        @Override
        public HistoryFact observationCorrected(ObservationCorrected e) {
            return HistoryFact.teamPrivate("observation_corrected", null, e.teamId(), null, e.text(), e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
