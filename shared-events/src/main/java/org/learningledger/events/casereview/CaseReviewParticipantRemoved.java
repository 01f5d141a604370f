package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A participant left the review: from now on they see nothing of it that a stranger would not.
 */
public record CaseReviewParticipantRemoved(UUID caseReviewId, UUID regionId, @NotPersonal(OrganisationEvent.ACCOUNT) String userId,
                                           @NotPersonal(OrganisationEvent.ACCOUNT) String removedBy)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.participantRemoved(this);
    }
}
