package org.learningledger.events.learning;

import org.learningledger.events.content.Personal;
import java.util.UUID;

/**
 * The team withdrew its publication: from now on no reader outside the team gets its content on
 * any path. The fact of the withdrawal stays visible where the learning was ({@code tier}).
 */
public record LearningWithdrawn(UUID learningId, UUID teamId, UUID regionId, Tier tier, @Personal String reason)
        implements LearningEvent {

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.learningWithdrawn(this);
    }
}
