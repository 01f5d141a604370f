package org.learningledger.command.casereview;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.learning.Tier;

/**
 * A case review's proposals and what readers see of it now: pure state. {@link #tier()} is null before
 * the first approval and after a withdrawal or erasure, when no reader outside the workspace sees it.
 */
final class Publications {

    private final Map<Integer, CaseReviewPublicationProposed> proposals = new HashMap<>();
    private final Set<Integer> approved = new HashSet<>();
    private final Set<UUID> findings = new HashSet<>();
    private Tier tier;

    int latest() {
        return proposals.size();
    }

    CaseReviewPublicationProposed proposal(int version) {
        return proposals.get(version);
    }

    boolean approved(int version) {
        return approved.contains(version);
    }

    boolean everApproved() {
        return !approved.isEmpty();
    }

    Tier tier() {
        return tier;
    }

    boolean showsFinding(UUID findingId) {
        return findings.contains(findingId);
    }

    /** Whether the standing proposal already asks for this: not yet approved, or approved and still shown. */
    boolean standsFor(Tier asked, CaseReviewSnapshot snapshot) {
        CaseReviewPublicationProposed standing = proposals.get(latest());
        return standing != null && standing.tier() == asked && standing.snapshot().equals(snapshot)
                && (!approved(latest()) || tier != null);
    }

    void proposed(CaseReviewPublicationProposed e) {
        proposals.put(e.version(), e);
    }

    void published(CaseReviewPublished e) {
        approved.add(e.version());
        tier = e.tier();
        findings.clear();
        e.snapshot().findings().forEach(f -> findings.add(f.findingId()));
    }

    /** Withdrawn or erased: no reader outside the workspace sees any version. */
    void hidden() {
        tier = null;
        findings.clear();
    }
}
