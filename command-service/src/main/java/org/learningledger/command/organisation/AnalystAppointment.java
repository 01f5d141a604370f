package org.learningledger.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.learningledger.command.IdTaken;
import org.learningledger.events.DomainEvent;
import org.learningledger.command.organisation.OrganisationCommands.AppointAnalyst;
import org.learningledger.command.organisation.OrganisationCommands.RemoveAnalyst;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.AnalystRemoved;

/** That a person is a ministry analyst, until the appointment ends; a later appointment starts it again. */
@Aggregate
public class AnalystAppointment {

    @AggregateIdentifier
    private UUID id;
    private boolean current;

    protected AnalystAppointment() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AppointAnalyst command) {
        if (!current) {
            apply(new AnalystAppointed(command.appointmentId(), command.userId().value()));
        }
    }

    /** Ending an appointment that already ended changes nothing: removing twice is harmless. */
    @CommandHandler
    void handle(RemoveAnalyst command) {
        if (current) {
            apply(new AnalystRemoved(id, command.userId().value()));
        }
    }

    /** Another kind of record's event under this id (ids are client-chosen): see {@link IdTaken}. */
    @EventSourcingHandler
    void on(DomainEvent otherRecord) {
        throw IdTaken.byAnotherRecord();
    }

    @EventSourcingHandler
    void on(AnalystAppointed event) {
        id = event.appointmentId();
        current = true;
    }

    @EventSourcingHandler
    void on(AnalystRemoved event) {
        current = false;
    }
}
