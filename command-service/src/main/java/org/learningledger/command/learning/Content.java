package org.learningledger.command.learning;

import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.ValidationResult;

/** What a learning says, as the team last wrote it. */
record Content(String title, String summary, String practice, String context, List<UUID> evidence,
               UUID validates, ValidationResult result) {

    Content {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    static Content of(LearningDrafted e) {
        return new Content(e.title(), e.summary(), e.practice(), e.context(), e.evidence(), e.validates(), e.result());
    }

    static Content of(LearningRevised e) {
        return new Content(e.title(), e.summary(), e.practice(), e.context(), e.evidence(), e.validates(), e.result());
    }

    LearningDrafted drafted(UUID learningId, UUID teamId) {
        return new LearningDrafted(learningId, teamId, title, summary, practice, context, evidence, validates, result);
    }

    LearningRevised revised(UUID learningId, UUID teamId, int revision) {
        return new LearningRevised(learningId, teamId, title, summary, practice, context, evidence, validates, result,
                revision);
    }

    /** The texts gone (their revision was erased); the links and the result stay. */
    Content blanked() {
        return new Content(null, null, null, null, evidence, validates, result);
    }

    Snapshot snapshot(List<Evidence> shownEvidence) {
        return new Snapshot(title, summary, practice, context, shownEvidence, validates, result);
    }
}
