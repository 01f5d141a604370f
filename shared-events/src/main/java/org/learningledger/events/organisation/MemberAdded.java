package org.learningledger.events.organisation;

import java.util.UUID;

/** A person (by the subject of their identity token) became a member of a team and sees its private work. */
public record MemberAdded(UUID teamId, String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.memberAdded(this);
    }
}
