package org.learningledger.events.organisation;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;

/** A person became a learning reviewer of a region: they read its confidential reports, answer their reporters and write lessons from them. */
public record ReviewerAppointed(UUID regionId, @NotPersonal(OrganisationEvent.ACCOUNT) String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.reviewerAppointed(this);
    }
}
