package org.learningledger.events.learning;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A team revised its draft. Published versions keep what they said; this stays private until published. */
@Revision("1")
public record LearningRevised(UUID learningId, UUID teamId, String title, String summary, String practice,
                              String context, List<UUID> evidence, UUID validates, ValidationResult result) {

    public LearningRevised {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
