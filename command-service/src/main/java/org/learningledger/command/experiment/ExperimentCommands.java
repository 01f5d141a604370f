package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.casereview.CaseReviewDirectory.PublishedFinding;
import org.learningledger.command.learning.RecordedExperiment;
import org.learningledger.command.learning.RecordedLearning;
import org.learningledger.command.lesson.RecordedLesson;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;

/**
 * The commands of the experiment lifecycle; {@code actor} always comes from the bearer token. Each
 * brings the facts its decision needs ({@code memberships}: the actor's teams when the command
 * arrived), so that the aggregate decides without a query.
 */
final class ExperimentCommands {

    private ExperimentCommands() {
    }

    /** {@code follows}: the team's concluded experiment this one is the next cycle of, as recorded in {@code followed}. */
    record ProposeExperiment(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, TeamId teamId,
                             String question, String prediction, String plan, String measures, UUID basedOn,
                             Memberships memberships, Optional<RecordedLearning> basedOnLearning,
                             Optional<RecordedLesson> basedOnLesson, Optional<PublishedFinding> basedOnFinding,
                             UUID follows, Optional<RecordedExperiment> followed) {

        /** A proposal that follows no earlier experiment. */
        ProposeExperiment(ExperimentId experimentId, UserId actor, TeamId teamId, String question, String prediction,
                          String plan, String measures, UUID basedOn, Memberships memberships,
                          Optional<RecordedLearning> basedOnLearning, Optional<RecordedLesson> basedOnLesson,
                          Optional<PublishedFinding> basedOnFinding) {
            this(experimentId, actor, teamId, question, prediction, plan, measures, basedOn, memberships,
                    basedOnLearning, basedOnLesson, basedOnFinding, null, Optional.empty());
        }

        /** A proposal that names no case-review finding. */
        ProposeExperiment(ExperimentId experimentId, UserId actor, TeamId teamId, String question, String prediction,
                          String plan, String measures, UUID basedOn, Memberships memberships,
                          Optional<RecordedLearning> basedOnLearning, Optional<RecordedLesson> basedOnLesson) {
            this(experimentId, actor, teamId, question, prediction, plan, measures, basedOn, memberships,
                    basedOnLearning, basedOnLesson, Optional.empty());
        }
    }

    /** {@code startedOn} null: today, the day the start is recorded. */
    record StartExperiment(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, LocalDate startedOn,
                           LocalDate today, Memberships memberships) {
    }

    /**
     * {@code observedOn} null means today; {@code today} is the ledger's date when the request came in,
     * so the aggregate decides the date rules from facts it is given, not from a clock of its own.
     */
    record RecordObservation(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, UUID observationId,
                             ObservationKind kind, String text, BigDecimal value, LocalDate observedOn,
                             LocalDate today, Memberships memberships) {

        ObservationRecorded event(UUID team) {
            return new ObservationRecorded(experimentId.value(), team, observationId, kind, text, value,
                    observedOn == null ? today : observedOn);
        }
    }

    /** The proposal's texts as they should read; taken only before the experiment starts. */
    record ReviseExperiment(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, String question,
                            String prediction, String plan, String measures, Memberships memberships) {

        ExperimentRevised event(UUID team) {
            return new ExperimentRevised(experimentId.value(), team, question, prediction, plan, measures);
        }
    }

    /** {@code kind} null keeps the observation's kind. */
    record CorrectObservation(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, UUID observationId,
                              ObservationKind kind, String text, String reason, Memberships memberships) {
    }

    record ConcludeExperiment(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, Decision decision,
                              String summary, Memberships memberships) {
    }

    record AbandonExperiment(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, String reason,
                             Memberships memberships) {
    }

    /** {@code encrypted}: whether the key table has a key for the observation (else it was stored in clear). */
    record EraseObservation(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, UUID observationId,
                            Erasure erasure, boolean encrypted, Memberships memberships) {
    }

    /** {@code encrypted}: whether the key table has a key for the experiment's own texts. */
    record EraseExperiment(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, Erasure erasure,
                           boolean encrypted, Memberships memberships) {
    }
}
