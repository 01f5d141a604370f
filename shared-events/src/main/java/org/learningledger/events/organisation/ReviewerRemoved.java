package org.learningledger.events.organisation;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;

/** A person is no longer a learning reviewer of a region: from now on they read none of its reports. */
public record ReviewerRemoved(UUID regionId, @NotPersonal(OrganisationEvent.ACCOUNT) String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.reviewerRemoved(this);
    }
}
