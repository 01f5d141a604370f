package org.learningledger.events.organisation;

import org.learningledger.events.content.NotPersonal;
import java.util.UUID;

/** A person stopped being a steward of a region: from now on they see and act on nothing of it as its steward. */
public record StewardRemoved(UUID regionId, @NotPersonal(OrganisationEvent.ACCOUNT) String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.stewardRemoved(this);
    }
}
