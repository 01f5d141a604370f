package org.learningledger.events.challenge;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.organisation.OrganisationEvent;

/** A steward or administrator reviewed what came of the answer: the loop of the challenge is closed. */
public record ChallengeOutcomeReviewed(UUID challengeId, UUID regionId, @Personal String outcome,
                                       @NotPersonal(OrganisationEvent.ACCOUNT) String reviewedBy)
        implements ChallengeEvent {

    @Override
    public <R> R handle(ChallengeEvent.Handler<R> handler) {
        return handler.outcomeReviewed(this);
    }
}
