package org.learningledger.events.organisation;

import org.learningledger.events.content.NotPersonal;
import java.util.UUID;

/** A person stopped being a member of a team: from now on they neither see nor change its private work. */
public record MemberRemoved(UUID teamId, @NotPersonal(OrganisationEvent.ACCOUNT) String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.memberRemoved(this);
    }
}
