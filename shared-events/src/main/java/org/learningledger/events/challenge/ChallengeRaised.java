package org.learningledger.events.challenge;

import java.util.List;
import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A member of a team ({@code teamId}), or a steward of the region (no team), questioned a target, rule
 * or assumption for its perverse effect, citing evidence they could see; readers of {@code tier} see it.
 */
public record ChallengeRaised(UUID challengeId, UUID regionId, UUID teamId,
                              @NotPersonal(OrganisationEvent.ACCOUNT) String raisedBy, Tier tier,
                              @Personal String target, @Personal String perverseEffect, List<UUID> evidence)
        implements ChallengeEvent {

    public ChallengeRaised {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public <R> R handle(ChallengeEvent.Handler<R> handler) {
        return handler.challengeRaised(this);
    }
}
