package org.learningledger.events.challenge;

import java.util.UUID;
import org.learningledger.events.content.Erasure;

/**
 * Every text of the challenge was erased (target, perverse effect, rationales, outcome review): its data
 * key is deleted and it takes no new content.
 */
public record ChallengeErased(UUID challengeId, UUID regionId, Erasure erasure) implements ChallengeEvent {

    @Override
    public <R> R handle(ChallengeEvent.Handler<R> handler) {
        return handler.challengeErased(this);
    }
}
