package org.learningledger.events.organisation;

import java.util.UUID;

/** An administrator registered a team in a region, with the focus of its work (e.g. parental-conflict). */
public record TeamRegistered(UUID teamId, UUID regionId, String name, String focus) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.teamRegistered(this);
    }
}
