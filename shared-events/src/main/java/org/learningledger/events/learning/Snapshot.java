package org.learningledger.events.learning;

import org.learningledger.events.content.Personal;
import java.util.List;
import java.util.UUID;

/** What a publication carries, frozen at the moment of publishing. */
public record Snapshot(@Personal String title, @Personal String summary, @Personal String practice,
                       @Personal String context, List<Evidence> evidence,
                       UUID validates, ValidationResult result) {

    public Snapshot {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
