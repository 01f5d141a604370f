package org.learningledger.events.learning;

import java.util.UUID;

/**
 * A team published its current draft as version {@code version} to {@code tier}: readers of that
 * tier (the team's region, or the nation) see this snapshot from now on.
 */
public record LearningPublished(UUID learningId, UUID teamId, UUID regionId, int version, Tier tier,
                                Snapshot snapshot) implements LearningEvent {

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.learningPublished(this);
    }
}
