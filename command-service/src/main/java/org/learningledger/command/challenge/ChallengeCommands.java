package org.learningledger.command.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.challenge.ChallengeAnswer;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.learning.Tier;

/**
 * The commands of a challenge. The actor comes from the token; their teams and stewarded regions, the
 * administrator role and what each evidence id names come as facts loaded before dispatch.
 */
final class ChallengeCommands {

    private ChallengeCommands() {
    }

    /** {@code teamId} null when a steward raises it for {@code regionId}; else the region is the team's. */
    record RaiseChallenge(@TargetAggregateIdentifier ChallengeId challengeId, UUID teamId, RegionId regionId,
                          UserId raiser, Tier tier, String target, String perverseEffect, List<Cited> evidence,
                          Memberships memberships, Stewardships stewardships) {
    }

    /** {@code today}: the ledger's calendar day when the command arrived. */
    record AnswerChallenge(@TargetAggregateIdentifier ChallengeId challengeId, UserId actor, ChallengeAnswer answer,
                           String rationale, LocalDate outcomeReviewOn, LocalDate today, boolean administrator,
                           Memberships memberships, Stewardships stewardships) {
    }

    record ReviewOutcome(@TargetAggregateIdentifier ChallengeId challengeId, UserId actor, String outcome,
                         boolean administrator, Memberships memberships, Stewardships stewardships) {
    }

    record EraseChallenge(@TargetAggregateIdentifier ChallengeId challengeId, Erasure erasure, boolean encrypted,
                          Memberships memberships, Stewardships stewardships) {
    }
}
