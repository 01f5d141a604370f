package org.learningledger.events.learning;

import java.util.UUID;

/** A steward invited the owning team to publish its learning at a wider tier; only the team can. */
public record TeamInvitedToPublish(UUID learningId, UUID teamId, String stewardId, UUID stewardRegionId,
                                   Tier tier) implements LearningEvent {

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.teamInvitedToPublish(this);
    }
}
