package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A person joined the review, on its review team or in its case group, and sees its workspace.
 */
public record CaseReviewParticipantAdded(UUID caseReviewId, UUID regionId, @NotPersonal(OrganisationEvent.ACCOUNT) String userId,
                                         ParticipantRole role, @NotPersonal(OrganisationEvent.ACCOUNT) String addedBy)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.participantAdded(this);
    }
}
