package org.learningledger.events.learning;

import org.learningledger.events.content.NotPersonal;
import java.util.UUID;
import org.learningledger.events.organisation.OrganisationEvent;

/** A steward invited the owning team to publish its learning at a wider tier; only the team can. */
public record TeamInvitedToPublish(UUID learningId, UUID teamId,
                                   @NotPersonal(OrganisationEvent.ACCOUNT) String stewardId, UUID stewardRegionId,
                                   Tier tier) implements LearningEvent {

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.teamInvitedToPublish(this);
    }
}
