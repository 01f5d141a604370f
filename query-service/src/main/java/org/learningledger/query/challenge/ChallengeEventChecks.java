package org.learningledger.query.challenge;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.challenge.ChallengeAnswered;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.challenge.ChallengeEvent;
import org.learningledger.events.challenge.ChallengeOutcomeReviewed;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.RequiredFields;

/**
 * What the challenges read model cannot do without, per event. The first required field is the challenge.
 * The team is absent when a steward raised it; texts are absent only when their key was erased.
 */
final class ChallengeEventChecks {

    private ChallengeEventChecks() {
    }

    /** The challenge the event belongs to (null when absent). */
    static UUID aggregateId(ChallengeEvent event) {
        return (UUID) event.handle(REQUIRED).values().stream().findFirst().orElse(null);
    }

    /** Names of required fields the event lacks, in declaration order; empty when complete. */
    static List<String> missingFields(LedgerEvent event) {
        return RequiredFields.missing(((ChallengeEvent) event.payload()).handle(REQUIRED), event);
    }

    private static final Required REQUIRED = new Required();

    /** Field names and values, in order: the exhaustive switch over a challenge's events. */
    private static final class Required implements ChallengeEvent.Handler<Map<String, Object>> {

        @Override
        public Map<String, Object> challengeRaised(ChallengeRaised e) {
            return RequiredFields.of("challengeId", e.challengeId(), "regionId", e.regionId(), "raisedBy",
                    e.raisedBy(), "tier", e.tier(), "target", e.target(), "perverseEffect", e.perverseEffect());
        }

        @Override
        public Map<String, Object> challengeAnswered(ChallengeAnswered e) {
            return RequiredFields.of("challengeId", e.challengeId(), "regionId", e.regionId(), "answer", e.answer(),
                    "rationale", e.rationale(), "outcomeReviewOn", e.outcomeReviewOn(), "answeredBy", e.answeredBy());
        }

        @Override
        public Map<String, Object> outcomeReviewed(ChallengeOutcomeReviewed e) {
            return RequiredFields.of("challengeId", e.challengeId(), "regionId", e.regionId(), "outcome", e.outcome(),
                    "reviewedBy", e.reviewedBy());
        }

        @Override
        public Map<String, Object> challengeErased(ChallengeErased e) {
            return RequiredFields.of("challengeId", e.challengeId(), "regionId", e.regionId(), "erasure", e.erasure(),
                    "erasure.role", e.erasure() == null ? null : e.erasure().role());
        }
    }
}
