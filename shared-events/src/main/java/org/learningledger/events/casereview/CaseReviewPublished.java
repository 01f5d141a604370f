package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A second reviewer of the region, not the proposer, approved the proposed snapshot: readers of
 * {@code tier} see it from now on.
 */
public record CaseReviewPublished(UUID caseReviewId, UUID regionId, int version, Tier tier, CaseReviewSnapshot snapshot,
                                  @NotPersonal(OrganisationEvent.ACCOUNT) String approverId)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.published(this);
    }
}
