package org.learningledger.query.casereview;

import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.learning.Tier;

/** One review in its region's list for its participants and reviewers; {@code publishedTier} null until published. */
public record CaseReviewSummary(UUID id, UUID regionId, CaseReviewKind kind, String title, Instant openedAt,
                                Tier publishedTier, Instant withdrawnAt, Instant erasedAt) {
}
