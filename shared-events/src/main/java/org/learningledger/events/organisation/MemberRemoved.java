package org.learningledger.events.organisation;

import java.util.UUID;

/** A person stopped being a member of a team: from now on they neither see nor change its private work. */
public record MemberRemoved(UUID teamId, String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.memberRemoved(this);
    }
}
