package org.learningledger.command.learning;

import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.ValidationResult;

/** What a learning says, as the team last wrote it. */
record Content(String title, String summary, String practice, String context, List<UUID> evidence,
               UUID validates, ValidationResult result) {

    Content {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    Snapshot snapshot(List<Evidence> shownEvidence) {
        return new Snapshot(title, summary, practice, context, shownEvidence, validates, result);
    }
}
