package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A learning reviewer of the region opened a case review of this kind and leads it, as the first member
 * of its review team; only they and the region's reviewers see it until others are added.
 */
public record CaseReviewOpened(UUID caseReviewId, UUID regionId, @NotPersonal(OrganisationEvent.ACCOUNT) String leadId,
                               CaseReviewKind kind, @Personal String title)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.caseReviewOpened(this);
    }
}
