package org.learningledger.events.organisation;

import org.learningledger.events.content.NotPersonal;
import java.util.UUID;

/** A person (by the subject of their identity token) became a member of a team and sees its private work. */
public record MemberAdded(UUID teamId, @NotPersonal(OrganisationEvent.ACCOUNT) String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.memberAdded(this);
    }
}
