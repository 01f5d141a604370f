package org.learningledger.events.learning;

import java.util.List;
import java.util.UUID;
import org.learningledger.events.content.Erasure;

/**
 * One revision of a learning's draft was erased, with the published {@code versions} taken from it:
 * their data keys are deleted. {@code regionId} and {@code tier} say where it was published (null if
 * never), so the fact "erased" shows where the text did; a publication among them was withdrawn first.
 */
public record LearningRevisionErased(UUID learningId, UUID teamId, int revision, List<Integer> versions,
                                     UUID regionId, Tier tier, Erasure erasure) implements LearningEvent {

    public LearningRevisionErased {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.learningRevisionErased(this);
    }
}
