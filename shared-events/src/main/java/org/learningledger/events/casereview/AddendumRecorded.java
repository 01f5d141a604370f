package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A correction or addition to an episode, finding or issue of this review ({@code refersTo}): what
 * was recorded is never edited, an addendum follows it.
 */
public record AddendumRecorded(UUID caseReviewId, UUID regionId, UUID addendumId, UUID refersTo, @Personal String text,
                               @NotPersonal(OrganisationEvent.ACCOUNT) String recordedBy)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.addendumRecorded(this);
    }
}
