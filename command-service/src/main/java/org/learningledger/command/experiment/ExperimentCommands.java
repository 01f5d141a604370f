package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ObservationKind;

/** The commands of the experiment lifecycle, imperative and without suffix. */
final class ExperimentCommands {

    private ExperimentCommands() {
    }

    record ProposeExperiment(@TargetAggregateIdentifier ExperimentId experimentId, TeamId teamId,
                             String question, String prediction, String plan, String measures, UUID basedOn) {
    }

    record StartExperiment(@TargetAggregateIdentifier ExperimentId experimentId) {
    }

    record RecordObservation(@TargetAggregateIdentifier ExperimentId experimentId, UUID observationId,
                             ObservationKind kind, String text, BigDecimal value) {
    }

    record ConcludeExperiment(@TargetAggregateIdentifier ExperimentId experimentId, Decision decision,
                              String summary) {
    }

    record AbandonExperiment(@TargetAggregateIdentifier ExperimentId experimentId, String reason) {
    }
}
