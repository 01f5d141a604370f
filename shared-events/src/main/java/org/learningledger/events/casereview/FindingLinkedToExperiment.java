package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A team started an experiment in response to a finding of the review.
 */
public record FindingLinkedToExperiment(UUID caseReviewId, UUID regionId, UUID findingId, UUID experimentId, UUID teamId,
                                        @NotPersonal(OrganisationEvent.ACCOUNT) String linkedBy)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.findingLinkedToExperiment(this);
    }
}
