package org.learningledger.events.organisation;

import java.util.UUID;

/** A person became a steward of a region: they follow what its teams publish, never their drafts. */
public record StewardAppointed(UUID regionId, String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.stewardAppointed(this);
    }
}
