package org.learningledger.command.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.learningledger.command.IdTaken;
import org.learningledger.events.DomainEvent;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.organisation.OrganisationCommands.AppointReviewer;
import org.learningledger.command.organisation.OrganisationCommands.AppointSteward;
import org.learningledger.command.organisation.OrganisationCommands.RegisterRegion;
import org.learningledger.command.organisation.OrganisationCommands.RemoveReviewer;
import org.learningledger.command.organisation.OrganisationCommands.RemoveSteward;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.learningledger.events.organisation.ReviewerRemoved;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.StewardRemoved;

/** A region, its stewards and its learning reviewers. */
@Aggregate
public class Region {

    @AggregateIdentifier
    private UUID id;
    private String name;
    private final Set<String> stewards = new HashSet<>();
    private final Set<String> reviewers = new HashSet<>();

    protected Region() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterRegion command) {
        if (id == null) {
            apply(new RegionRegistered(command.regionId().value(), command.name()));
        } else if (!name.equals(command.name())) {
            throw new RuleViolation("id-already-used", "A region with this id is already registered as '" + name + "'.");
        }
    }

    @CommandHandler
    void handle(AppointSteward command) {
        if (!stewards.contains(command.userId().value())) {
            apply(new StewardAppointed(id, command.userId().value()));
        }
    }

    /** Removing someone who is not (or no longer) a steward changes nothing: the wanted state holds. */
    @CommandHandler
    void handle(RemoveSteward command) {
        if (stewards.contains(command.userId().value())) {
            apply(new StewardRemoved(id, command.userId().value()));
        }
    }

    @CommandHandler
    void handle(AppointReviewer command) {
        if (!reviewers.contains(command.userId().value())) {
            apply(new ReviewerAppointed(id, command.userId().value()));
        }
    }

    /** Like a steward's removal: someone who is not a reviewer is already what was asked. */
    @CommandHandler
    void handle(RemoveReviewer command) {
        if (reviewers.contains(command.userId().value())) {
            apply(new ReviewerRemoved(id, command.userId().value()));
        }
    }

    /** Another kind of record's event under this id (ids are client-chosen): see {@link IdTaken}. */
    @EventSourcingHandler
    void on(DomainEvent otherRecord) {
        throw IdTaken.byAnotherRecord();
    }

    @EventSourcingHandler
    void on(RegionRegistered event) {
        id = event.regionId();
        name = event.name();
    }

    @EventSourcingHandler
    void on(StewardAppointed event) {
        stewards.add(event.userId());
    }

    @EventSourcingHandler
    void on(StewardRemoved event) {
        stewards.remove(event.userId());
    }

    @EventSourcingHandler
    void on(ReviewerAppointed event) {
        reviewers.add(event.userId());
    }

    @EventSourcingHandler
    void on(ReviewerRemoved event) {
        reviewers.remove(event.userId());
    }
}
