package org.learningledger.events.organisation;

import java.util.UUID;

/** An administrator registered a region, within which teams share learning first. */
public record RegionRegistered(UUID regionId, String name) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.regionRegistered(this);
    }
}
