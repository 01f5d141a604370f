package org.learningledger.command.experiment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.learningledger.command.OtherRecord;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.events.DomainEvent;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.experiment.ExperimentCommands.AbandonExperiment;
import org.learningledger.command.experiment.ExperimentCommands.ConcludeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.CorrectObservation;
import org.learningledger.command.experiment.ExperimentCommands.EraseExperiment;
import org.learningledger.command.experiment.ExperimentCommands.EraseObservation;
import org.learningledger.command.experiment.ExperimentCommands.ProposeExperiment;
import org.learningledger.command.experiment.ExperimentCommands.RecordObservation;
import org.learningledger.command.experiment.ExperimentCommands.ReviseExperiment;
import org.learningledger.command.experiment.ExperimentCommands.StartExperiment;
import org.learningledger.command.experiment.MeasureCommands.CorrectMeasurePoint;
import org.learningledger.command.experiment.MeasureCommands.DefineMeasure;
import org.learningledger.command.experiment.MeasureCommands.RecordMeasurePoint;
import org.learningledger.command.experiment.MeasureCommands.RephaseMeasure;
import org.learningledger.events.LedgerCalendar;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.ObservationRecorded;

/**
 * A team's plan-do-study-act cycle. It decides commands on its state and the facts each command
 * brings (the actor's memberships, the learning a proposal builds on), never on a query of its own;
 * its state is rebuilt from its events. Erased texts are blanked in its state as they load blank
 * (their keys are gone), so a cached aggregate decides as a reloaded one does.
 */
@Aggregate(cache = "experimentCache")
public class Experiment {

    @AggregateIdentifier
    private UUID id;
    /** As proposed, for telling a retried proposal from another one; {@link #wording} is what it reads as now. */
    private ExperimentProposed proposal;
    private ExperimentRevised wording;
    private Stage stage;
    private LocalDate proposedOn;
    /** Null until it starts: every point until then is baseline data. */
    private LocalDate startedOn;
    private final Measures measures = new Measures();
    private final Observations observations = new Observations();
    /** The whole experiment was erased: it takes no new content. */
    private boolean erased;
    private Instant lastErasedAt;
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
        ProposalRules.decide(proposal, erased, command).ifPresent(AggregateLifecycle::apply);
    }

    /** Answers whether the texts changed: the same texts again append nothing. */
    @CommandHandler
    boolean handle(ReviseExperiment command) {
        takesContent(command.memberships());
        ExperimentRules.mayRevise(stage);
        ExperimentRevised revised = command.event(proposal.teamId());
        if (revised.equals(wording)) {
            return false;
        }
        apply(revised);
        return true;
    }

    /** Answers whether the observation changed: the same kind and text again append nothing. */
    @CommandHandler
    boolean handle(CorrectObservation command) {
        sees(command.memberships());
        Optional<ObservationCorrected> corrected = observations.correct(proposal.teamId(), command, erased);
        corrected.ifPresent(AggregateLifecycle::apply);
        return corrected.isPresent();
    }

    /** True when it started now; false when this was a repeat of the recorded start (nothing appended). */
    @CommandHandler
    boolean handle(StartExperiment command) {
        sees(command.memberships());
        if (!ExperimentRules.mayStart(stage, startedOn, command.startedOn())) {
            return false;
        }
        ExperimentRules.mayStartOn(command.startedOn(), command.today());
        apply(new ExperimentStarted(id, proposal.teamId(), command.startedOn()));
        return true;
    }

    @CommandHandler
    void handle(RecordObservation command) {
        takesContent(command.memberships());
        observations.record(command.event(proposal.teamId()), command.observedOn() == null, stage, firstDay(),
                command.today()).ifPresent(AggregateLifecycle::apply);
    }

    @CommandHandler
    void handle(ConcludeExperiment command) {
        takesContent(command.memberships());
        ExperimentRules.mayConclude(stage);
        apply(new ExperimentConcluded(id, proposal.teamId(), command.decision(), command.summary()));
    }

    @CommandHandler
    void handle(AbandonExperiment command) {
        takesContent(command.memberships());
        ExperimentRules.mayAbandon(stage);
        apply(new ExperimentAbandoned(id, proposal.teamId(), command.reason()));
    }

    /** Retries are harmless; measures are defined from the proposal on, so that baseline data can come first. */
    @CommandHandler
    void handle(DefineMeasure command) {
        takesContent(command.memberships());
        measures.define(command.event(proposal.teamId()), stage).ifPresent(AggregateLifecycle::apply);
    }

    /** Answers whether the point is baseline data: dated before the start day, or not started yet. */
    @CommandHandler
    boolean handle(RecordMeasurePoint command) {
        takesContent(command.memberships());
        measures.record(command.event(proposal.teamId()), command.observedOn() == null, stage, command.today())
                .ifPresent(AggregateLifecycle::apply);
        return measures.baseline(command.pointId(), startedOn);
    }

    /** Answers whether the point, as corrected, is baseline data. */
    @CommandHandler
    boolean handle(CorrectMeasurePoint command) {
        takesContent(command.memberships());
        measures.correct(command.event(proposal.teamId()), command.today()).ifPresent(AggregateLifecycle::apply);
        return measures.baseline(command.pointId(), startedOn);
    }

    @CommandHandler
    void handle(RephaseMeasure command) {
        takesContent(command.memberships());
        measures.rephase(command.event(proposal.teamId()), command.today()).ifPresent(AggregateLifecycle::apply);
    }

    /** Erases one observation's text; returns when (the event's time). */
    @CommandHandler
    Instant handle(EraseObservation command) {
        mayErase(command.erasure(), command.memberships());
        observations.mayErase(command.observationId(), erased);
        ErasureRules.encrypted(command.encrypted());
        apply(new ObservationErased(id, proposal.teamId(), command.observationId(), command.erasure()));
        return lastErasedAt;
    }

    /** Erases the experiment's own texts and every observation's; returns when (the event's time). */
    @CommandHandler
    Instant handle(EraseExperiment command) {
        mayErase(command.erasure(), command.memberships());
        ErasureRules.notErasedYet(erased);
        ErasureRules.encrypted(command.encrypted());
        apply(new ExperimentErased(id, proposal.teamId(), observations.ids(), command.erasure()));
        return lastErasedAt;
    }

    private void mayErase(Erasure erasure, Memberships memberships) {
        notAnotherRecord(memberships);
        ErasureRules.mayErase(erasure, memberships, owner());
    }

    /** An existing experiment is its team's private work: anyone else is told it does not exist. */
    private void sees(Memberships memberships) {
        notAnotherRecord(memberships);
        memberships.requireSeesPrivateWorkOf(owner());
    }

    /** Who may see it, while it is not erased (it takes no new content then). */
    private void takesContent(Memberships memberships) {
        sees(memberships);
        ExperimentRules.notErased(erased);
    }

    private void notAnotherRecord(Memberships memberships) {
        if (otherRecord != null) {
            throw otherRecord.refusal(memberships);
        }
    }

    /** Nothing was observed for it before it was proposed, or before it started when that was earlier. */
    private LocalDate firstDay() {
        return startedOn != null && startedOn.isBefore(proposedOn) ? startedOn : proposedOn;
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
        wording = new ExperimentRevised(event.experimentId(), event.teamId(), event.question(), event.prediction(),
                event.plan(), event.measures());
        stage = Stage.PROPOSED;
    }

    @EventSourcingHandler
    void on(ExperimentRevised event) {
        wording = event;
    }

    @EventSourcingHandler
    void on(ObservationCorrected event) {
        observations.on(event);
    }

    /** The start day divides a measure's baseline from its data under the change. */
    @EventSourcingHandler
    void on(ExperimentStarted event, @Timestamp Instant startedAt) {
        startedOn = event.startedOn() != null ? event.startedOn() : LedgerCalendar.dateOf(startedAt);
        stage = Stage.STARTED;
    }

    @EventSourcingHandler
    void on(ObservationRecorded event) {
        observations.on(event);
    }

    @EventSourcingHandler
    void on(MeasureDefined event) {
        measures.on(event);
    }

    @EventSourcingHandler
    void on(MeasurePointRecorded event) {
        measures.on(event);
    }

    @EventSourcingHandler
    void on(MeasurePointCorrected event) {
        measures.on(event);
    }

    @EventSourcingHandler
    void on(MeasureRephased event) {
        measures.on(event);
    }

    @EventSourcingHandler
    void on(ExperimentConcluded event) {
        stage = Stage.CONCLUDED;
    }

    @EventSourcingHandler
    void on(ExperimentAbandoned event) {
        stage = Stage.ABANDONED;
    }

    @EventSourcingHandler
    void on(ObservationErased event, @Timestamp Instant at) {
        observations.erased(event.observationId());
        lastErasedAt = at;
    }

    @EventSourcingHandler
    void on(ExperimentErased event, @Timestamp Instant at) {
        erased = true;
        observations.allErased(event.observationIds());
        measures.erased();
        proposal = ProposalRules.blanked(proposal);
        wording = new ExperimentRevised(id, proposal.teamId(), null, null, null, null);
        lastErasedAt = at;
    }
}
