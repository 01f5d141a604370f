package org.learningledger.query.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.challenge.ChallengeAnswer;
import org.learningledger.events.learning.Tier;

/**
 * A challenge as the readers of its tier see it. Who raised it is given as the team (null: a steward of the
 * region), never as a person: questioning a target must be safe. Texts null once erased.
 *
 * @param daysUnanswered whole days since it was raised while no answer came; null once answered
 */
public record ChallengeView(UUID id, UUID regionId, UUID teamId, Tier tier, String target, String perverseEffect,
                            List<UUID> evidence, Instant raisedAt, Answer answer, OutcomeReview outcomeReview,
                            Integer daysUnanswered, boolean unansweredOver30Days, Instant erasedAt, String erasedBy) {

    /** The standing answer (an UNDER_REVIEW answer may be followed by another). */
    public record Answer(ChallengeAnswer answer, String rationale, LocalDate outcomeReviewOn, String answeredBy,
                         Instant answeredAt) {
    }

    public record OutcomeReview(String outcome, String reviewedBy, Instant reviewedAt) {
    }
}
