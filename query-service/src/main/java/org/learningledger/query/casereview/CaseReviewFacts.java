package org.learningledger.query.casereview;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Item;

/** What {@link org.learningledger.query.reader.Sight} needs of one case review, with its list row's facts. */
record CaseReviewFacts(UUID id, UUID region, CaseReviewKind kind, String title, Instant openedAt,
                       Set<String> participants, Instant withdrawnAt, Instant erasedAt, boolean stopped,
                       Published latest) {

    /** The latest published version (null: none yet). */
    record Published(int version, Tier tier, Instant publishedAt, CaseReviewSnapshot snapshot) {
    }

    Item workspaceItem() {
        return Item.caseReviewWorkspace(region, participants, stopped);
    }

    /** Null when nothing was published. */
    Item snapshotItem() {
        return latest == null ? null
                : Item.caseReviewSnapshot(region, latest.tier(), participants, withdrawnAt != null, stopped);
    }

    CaseReviewSummary summary() {
        return new CaseReviewSummary(id, region, kind, title, openedAt, latest == null ? null : latest.tier(),
                withdrawnAt, erasedAt);
    }

    CaseReviewPublishedView publishedView(Map<UUID, List<FindingLinks.CitedLearning>> cites,
            Map<UUID, FindingLinks.Responses> responses) {
        return CaseReviewPublishedView.of(id, region, kind, latest.version(), latest.tier(), latest.publishedAt(),
                latest.snapshot(), erasedAt, cites, responses);
    }
}
