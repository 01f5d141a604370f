package org.learningledger.events.learning;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A team drafted a learning: private to the team until it publishes. {@code evidence} names the
 * team's experiments it rests on; {@code validates} the learning it tried, with {@code result}.
 */
@Revision("1")
public record LearningDrafted(UUID learningId, UUID teamId, String title, String summary, String practice,
                              String context, List<UUID> evidence, UUID validates, ValidationResult result) {

    public LearningDrafted {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
