package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A reviewer of the region withdrew the published snapshot: from now on no reader but the participants
 * and the region's reviewers sees it; the fact of the withdrawal stays.
 */
public record CaseReviewWithdrawn(UUID caseReviewId, UUID regionId, @NotPersonal(OrganisationEvent.ACCOUNT) String withdrawnBy,
                                  @Personal String reason)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.withdrawn(this);
    }
}
