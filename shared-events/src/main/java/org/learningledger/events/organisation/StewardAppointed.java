package org.learningledger.events.organisation;

import org.learningledger.events.content.NotPersonal;
import java.util.UUID;

/** A person became a steward of a region: they follow what its teams publish, never their drafts. */
public record StewardAppointed(UUID regionId, @NotPersonal(OrganisationEvent.ACCOUNT) String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.stewardAppointed(this);
    }
}
