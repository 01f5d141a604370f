package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A finding of the review cites a published learning as what the ledger already knew about it; the
 * snapshot is not changed by it.
 */
public record FindingCitedLearning(UUID caseReviewId, UUID regionId, UUID findingId, UUID learningId,
                                   @NotPersonal(OrganisationEvent.ACCOUNT) String citedBy)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.findingCitedLearning(this);
    }
}
