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
import org.learningledger.events.organisation.AnalystAppointed;

/** That a person is a ministry analyst. */
@Aggregate
public class AnalystAppointment {

    @AggregateIdentifier
    private UUID id;

    protected AnalystAppointment() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AppointAnalyst command) {
        if (id == null) {
            apply(new AnalystAppointed(command.appointmentId(), command.userId().value()));
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
    }
}
