package org.learningledger.events.learning;

import org.learningledger.events.content.Personal;
import java.util.List;
import java.util.UUID;

/**
 * A team drafted a learning: private to the team until it publishes. {@code evidence} names the
 * team's experiments it rests on; {@code validates} the learning it tried, with {@code result}.
 */
public record LearningDrafted(UUID learningId, UUID teamId, @Personal String title, @Personal String summary,
                              @Personal String practice, @Personal String context, List<UUID> evidence, UUID validates, ValidationResult result)
        implements LearningEvent {

    public LearningDrafted {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.learningDrafted(this);
    }
}
