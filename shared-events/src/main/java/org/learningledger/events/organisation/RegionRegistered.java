package org.learningledger.events.organisation;

import org.learningledger.events.content.NotPersonal;
import java.util.UUID;

/** An administrator registered a region, within which teams share learning first. */
public record RegionRegistered(UUID regionId, @NotPersonal(OrganisationEvent.PUBLIC_NAME) String name) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.regionRegistered(this);
    }
}
