package org.learningledger.events.learning;

import java.util.List;
import java.util.UUID;

/** A team revised its draft. Published versions keep what they said; this stays private until published. */
public record LearningRevised(UUID learningId, UUID teamId, String title, String summary, String practice,
                              String context, List<UUID> evidence, UUID validates, ValidationResult result)
        implements LearningEvent {

    public LearningRevised {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.learningRevised(this);
    }
}
