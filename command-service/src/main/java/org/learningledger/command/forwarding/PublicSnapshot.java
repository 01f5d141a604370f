package org.learningledger.command.forwarding;

import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.ValidationResult;

/**
 * A snapshot as {@code learning.state.v1} shows it: the contract outside subscribers hold predates
 * measures, so its evidence is each experiment's question, decision and summary only. Their charts
 * stay with the ledger's own readers (revision 2 of the stored publication carries them).
 */
record PublicSnapshot(String title, String summary, String practice, String context, List<PublicEvidence> evidence,
                      UUID validates, ValidationResult result) {

    /** One cited experiment as v1 shows it. */
    record PublicEvidence(UUID experimentId, String question, String decision, String summary) {
    }

    static PublicSnapshot of(Snapshot s) {
        return new PublicSnapshot(s.title(), s.summary(), s.practice(), s.context(),
                s.evidence().stream().map(PublicSnapshot::evidence).toList(), s.validates(), s.result());
    }

    private static PublicEvidence evidence(Evidence e) {
        return new PublicEvidence(e.experimentId(), e.question(), e.decision(), e.summary());
    }
}
