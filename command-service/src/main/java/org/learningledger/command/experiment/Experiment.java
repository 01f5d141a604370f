package org.learningledger.command.experiment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.learningledger.command.NotFound;
import org.learningledger.command.OtherRecord;
import org.learningledger.events.DomainEvent;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.learning.ValidationRules;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.experiment.ExperimentCommands.AbandonExperiment;
import org.learningledger.command.experiment.ExperimentCommands.ConcludeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.ProposeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.RecordObservation;
import org.learningledger.command.experiment.ExperimentCommands.StartExperiment;
import org.learningledger.events.LedgerCalendar;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationRecorded;

/**
 * A team's plan-do-study-act cycle. It decides commands on its state and the facts each command
 * brings (the actor's memberships, the learning a proposal builds on), never on a query of its own;
 * its state is rebuilt from its events.
 */
@Aggregate(cache = "experimentCache")
public class Experiment {

    @AggregateIdentifier
    private UUID id;
    private ExperimentProposed proposal;
    private Stage stage;
    private LocalDate proposedOn;
    private final Map<UUID, ObservationRecorded> observations = new HashMap<>();
    private OtherRecord otherRecord;

    protected Experiment() {
        // for Axon
    }

    /** Client-chosen ids make a retried proposal harmless: same content is a no-op, other content a conflict. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ProposeExperiment command) {
        command.memberships().requireMemberOf(command.teamId());
        notAnotherRecord(command.memberships());
        ExperimentProposed proposed = new ExperimentProposed(command.experimentId().value(),
                command.teamId().value(), command.question(), command.prediction(), command.plan(),
                command.measures(), command.basedOn());
        if (proposal == null) {
            if (command.basedOn() != null) {
                ValidationRules.mayBuildOn(command.teamId().value(), command.memberships().regionOf(command.teamId()),
                        command.basedOn(), command.basedOnLearning());
            }
            apply(proposed);
        } else if (!command.memberships().isMemberOf(owner())) {
            throw new NotFound(); // another team's experiment: a stranger learns nothing of its id
        } else if (!proposal.equals(proposed)) {
            throw new RuleViolation("id-already-used",
                    "An experiment with this id already exists with different content.");
        }
    }

    @CommandHandler
    void handle(StartExperiment command) {
        sees(command.memberships());
        ExperimentRules.mayStart(stage);
        apply(new ExperimentStarted(id, proposal.teamId()));
    }

    @CommandHandler
    void handle(RecordObservation command) {
        sees(command.memberships());
        LocalDate observedOn = command.observedOn() == null ? command.today() : command.observedOn();
        ObservationRecorded recorded = new ObservationRecorded(id, proposal.teamId(), command.observationId(),
                command.kind(), command.text(), command.value(), observedOn);
        ObservationRecorded earlier = observations.get(command.observationId());
        if (earlier != null) {
            if (!ObservationRules.sameObservation(earlier, recorded, command.observedOn() == null)) {
                throw new RuleViolation("id-already-used",
                        "An observation with this id was already recorded with different content.");
            }
            return;
        }
        ExperimentRules.mayRecordObservation(stage);
        ObservationRules.mayBeObservedOn(observedOn, proposedOn, command.today());
        apply(recorded);
    }

    @CommandHandler
    void handle(ConcludeExperiment command) {
        sees(command.memberships());
        ExperimentRules.mayConclude(stage);
        apply(new ExperimentConcluded(id, proposal.teamId(), command.decision(), command.summary()));
    }

    @CommandHandler
    void handle(AbandonExperiment command) {
        sees(command.memberships());
        ExperimentRules.mayAbandon(stage);
        apply(new ExperimentAbandoned(id, proposal.teamId(), command.reason()));
    }

    /** An existing experiment is its team's private work: anyone else is told it does not exist. */
    private void sees(Memberships memberships) {
        notAnotherRecord(memberships);
        memberships.requireSeesPrivateWorkOf(owner());
    }

    private void notAnotherRecord(Memberships memberships) {
        if (otherRecord != null) {
            throw otherRecord.refusal(memberships);
        }
    }

    private TeamId owner() {
        return new TeamId(proposal.teamId());
    }

    /** Another kind of record's event under this id (ids are client-chosen): see {@link OtherRecord}. */
    @EventSourcingHandler
    void on(DomainEvent event, @SourceId String aggregate) {
        id = UUID.fromString(aggregate); // Axon needs an identifier after the first event
        otherRecord = OtherRecord.of(event);
    }

    /** The proposal's day bounds its observations: nothing was observed for it before it existed. */
    @EventSourcingHandler
    void on(ExperimentProposed event, @Timestamp Instant proposedAt) {
        proposedOn = LedgerCalendar.dateOf(proposedAt);
        id = event.experimentId();
        proposal = event;
        stage = Stage.PROPOSED;
    }

    @EventSourcingHandler
    void on(ExperimentStarted event) {
        stage = Stage.STARTED;
    }

    @EventSourcingHandler
    void on(ObservationRecorded event) {
        observations.put(event.observationId(), event);
    }

    @EventSourcingHandler
    void on(ExperimentConcluded event) {
        stage = Stage.CONCLUDED;
    }

    @EventSourcingHandler
    void on(ExperimentAbandoned event) {
        stage = Stage.ABANDONED;
    }
}
