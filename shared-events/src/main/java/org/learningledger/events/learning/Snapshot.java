package org.learningledger.events.learning;

import java.util.List;
import java.util.UUID;

/** What a publication carries, frozen at the moment of publishing. */
public record Snapshot(String title, String summary, String practice, String context, List<Evidence> evidence,
                       UUID validates, ValidationResult result) {

    public Snapshot {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
