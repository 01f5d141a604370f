package org.learningledger.events.learning;

import org.learningledger.events.content.Personal;
import java.util.List;
import java.util.UUID;

/**
 * A team revised its draft, as revision {@code revision} (the draft is revision 1). Published versions
 * keep what they said; this stays private until published. Revision-1 events of this type carry no
 * number and read as 0: the learning's own count of its revisions numbers them.
 */
public record LearningRevised(UUID learningId, UUID teamId, @Personal String title, @Personal String summary,
                              @Personal String practice, @Personal String context, List<UUID> evidence,
                              UUID validates, ValidationResult result, int revision) implements LearningEvent {

    public LearningRevised {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.learningRevised(this);
    }
}
