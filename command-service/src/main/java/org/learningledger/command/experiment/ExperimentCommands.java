package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ObservationKind;

/** The commands of the experiment lifecycle; {@code actor} always comes from the bearer token. */
final class ExperimentCommands {

    private ExperimentCommands() {
    }

    record ProposeExperiment(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, TeamId teamId,
                             String question, String prediction, String plan, String measures, UUID basedOn) {
    }

    record StartExperiment(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor) {
    }

    /**
     * {@code observedOn} null means today; {@code today} is the ledger's date when the request came in,
     * so the aggregate decides the date rules from facts it is given, not from a clock of its own.
     */
    record RecordObservation(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, UUID observationId,
                             ObservationKind kind, String text, BigDecimal value, LocalDate observedOn,
                             LocalDate today) {
    }

    record ConcludeExperiment(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, Decision decision,
                              String summary) {
    }

    record AbandonExperiment(@TargetAggregateIdentifier ExperimentId experimentId, UserId actor, String reason) {
    }
}
