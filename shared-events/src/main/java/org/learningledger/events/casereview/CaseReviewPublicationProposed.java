package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A reviewer of the region proposed publishing this de-identified snapshot (findings and issues,
 * never the chronology or participants) to {@code tier}; it travels only once a second reviewer approves.
 */
public record CaseReviewPublicationProposed(UUID caseReviewId, UUID regionId, int version, Tier tier,
                                            CaseReviewSnapshot snapshot, @NotPersonal(OrganisationEvent.ACCOUNT) String proposedBy)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.publicationProposed(this);
    }
}
