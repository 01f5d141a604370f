package org.learningledger.events.learning;

import java.util.UUID;

/**
 * A steward endorsed a published learning. {@code tier} is the tier at which the learning was
 * visible then; the endorsement is visible at that tier and to the team.
 */
public record LearningEndorsed(UUID learningId, UUID teamId, UUID regionId, Tier tier, String stewardId,
                               UUID stewardRegionId, String note) implements LearningEvent {

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.learningEndorsed(this);
    }
}
