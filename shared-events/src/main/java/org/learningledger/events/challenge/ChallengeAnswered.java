package org.learningledger.events.challenge;

import java.time.LocalDate;
import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A steward of the region or an administrator answered the challenge, with a rationale, and set the day
 * its outcome is to be reviewed. An answer UNDER_REVIEW may be followed by another.
 */
public record ChallengeAnswered(UUID challengeId, UUID regionId, ChallengeAnswer answer,
                                @Personal String rationale, LocalDate outcomeReviewOn,
                                @NotPersonal(OrganisationEvent.ACCOUNT) String answeredBy) implements ChallengeEvent {

    @Override
    public <R> R handle(ChallengeEvent.Handler<R> handler) {
        return handler.challengeAnswered(this);
    }
}
