package org.learningledger.events.challenge;

import java.util.UUID;
import org.learningledger.events.DomainEvent;

/**
 * The events of one challenge (double-loop learning): a target, rule or assumption questioned for its
 * perverse effect, the answer of a steward or administrator, and the later review of the outcome.
 * Every text is sealed under the challenge's one content item.
 */
public sealed interface ChallengeEvent extends DomainEvent
        permits ChallengeRaised, ChallengeAnswered, ChallengeOutcomeReviewed, ChallengeErased {

    UUID challengeId();

    UUID regionId();

    <R> R handle(Handler<R> handler);

    /** One answer per event of the family: adding an event adds a method here. */
    interface Handler<R> {
        R challengeRaised(ChallengeRaised event);

        R challengeAnswered(ChallengeAnswered event);

        R outcomeReviewed(ChallengeOutcomeReviewed event);

        R challengeErased(ChallengeErased event);
    }
}
