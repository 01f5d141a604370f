package org.learningledger.events.organisation;

import org.learningledger.events.content.NotPersonal;
import java.util.UUID;

/** An administrator registered a team in a region, with the focus of its work (e.g. parental-conflict). */
public record TeamRegistered(UUID teamId, UUID regionId, @NotPersonal(OrganisationEvent.PUBLIC_NAME) String name,
                             @NotPersonal("a focus of work from the list, e.g. parental-conflict") String focus) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.teamRegistered(this);
    }
}
