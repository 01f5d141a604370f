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
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.organisation.OrganisationCommands.AddMember;
import org.learningledger.command.organisation.OrganisationCommands.RegisterTeam;
import org.learningledger.command.organisation.OrganisationCommands.RemoveMember;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.TeamRegistered;

/** A team in a region, and who its members are. */
@Aggregate
public class Team {

    @AggregateIdentifier
    private UUID id;
    private TeamRegistered registration;
    private final Set<String> members = new HashSet<>();

    protected Team() {
        // for Axon
    }

    /** Whether the region is registered is a fact the command brings: the decision queries nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterTeam command) {
        TeamRegistered registered = new TeamRegistered(command.teamId().value(), command.regionId().value(),
                command.name(), command.focus());
        if (registration == null) {
            if (!command.regionRegistered()) {
                throw new FieldRuleViolation("regionId", "registered", "must name a registered region");
            }
            apply(registered);
        } else if (!registration.equals(registered)) {
            throw new RuleViolation("id-already-used", "A team with this id is already registered differently.");
        }
    }

    @CommandHandler
    void handle(AddMember command) {
        if (!members.contains(command.userId().value())) {
            apply(new MemberAdded(id, command.userId().value()));
        }
    }

    @CommandHandler
    void handle(RemoveMember command) {
        if (!members.contains(command.userId().value())) {
            throw new RuleViolation("not-a-member", command.userId() + " is not a member of this team.");
        }
        apply(new MemberRemoved(id, command.userId().value()));
    }

    /** Another kind of record's event under this id (ids are client-chosen): see {@link IdTaken}. */
    @EventSourcingHandler
    void on(DomainEvent otherRecord) {
        throw IdTaken.byAnotherRecord();
    }

    @EventSourcingHandler
    void on(TeamRegistered event) {
        id = event.teamId();
        registration = event;
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        members.add(event.userId());
    }

    @EventSourcingHandler
    void on(MemberRemoved event) {
        members.remove(event.userId());
    }
}
