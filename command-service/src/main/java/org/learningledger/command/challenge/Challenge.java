package org.learningledger.command.challenge;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.learningledger.command.IdTaken;
import org.learningledger.command.NotFound;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.challenge.ChallengeCommands.AnswerChallenge;
import org.learningledger.command.challenge.ChallengeCommands.EraseChallenge;
import org.learningledger.command.challenge.ChallengeCommands.RaiseChallenge;
import org.learningledger.command.challenge.ChallengeCommands.ReviewOutcome;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.challenge.ChallengeAnswered;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.challenge.ChallengeOutcomeReviewed;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.events.content.Erasure;

/**
 * A challenge to a target, rule or assumption (double-loop learning): raised by a team member or a
 * steward, answered by a steward of the region or an administrator, its outcome reviewed later.
 */
@Aggregate
public class Challenge {

    @AggregateIdentifier
    private UUID id;
    private ChallengeRaised raised;
    private RegionId region;
    /** The standing answer; the outcome review that followed it, if any. */
    private ChallengeAnswered answer;
    private ChallengeOutcomeReviewed outcome;
    private boolean erased;
    private Instant erasedAt;
    private boolean otherRecord;

    protected Challenge() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RaiseChallenge c) {
        ChallengeRules.mayRaise(c.teamId(), c.regionId(), c.memberships(), c.stewardships());
        if (otherRecord) {
            throw IdTaken.byAnotherRecord();
        }
        ChallengeRaised asked = new ChallengeRaised(c.challengeId().value(), c.regionId().value(), c.teamId(),
                c.raiser().value(), c.tier(), c.target(), c.perverseEffect(),
                c.evidence().stream().map(Cited::id).toList());
        if (raised != null) {
            if (raised.equals(asked)) {
                return;
            }
            throw new RuleViolation("id-already-used", "A challenge with this id already exists with other content.");
        }
        ChallengeRules.visible(c.evidence(), c.teamId(), c.memberships(), c.stewardships());
        ChallengeRules.namesNoOne(c.target(), c.perverseEffect());
        apply(asked);
    }

    @CommandHandler
    void handle(AnswerChallenge c) {
        steward(c.administrator(), c.memberships(), c.stewardships());
        ChallengeRules.reviewDay(c.outcomeReviewOn(), c.today());
        ChallengeAnswered asked = new ChallengeAnswered(id, region.value(), c.answer(), c.rationale(),
                c.outcomeReviewOn(), c.actor().value());
        if (ChallengeRules.isNewAnswer(answer, asked)) {
            apply(asked);
        }
    }

    /** One review per answer; the same review again is a retry. */
    @CommandHandler
    void handle(ReviewOutcome c) {
        steward(c.administrator(), c.memberships(), c.stewardships());
        ChallengeRules.answered(answer);
        ChallengeOutcomeReviewed asked = new ChallengeOutcomeReviewed(id, region.value(), c.outcome(), c.actor().value());
        if (outcome != null) {
            if (outcome.equals(asked)) {
                return;
            }
            throw new RuleViolation("already-reviewed", "This answer's outcome was reviewed; a new answer comes first.");
        }
        apply(asked);
    }

    /** Erases every text of the challenge; the facts (raised, answered, reviewed) stay. Answers when. */
    @CommandHandler
    Instant handle(EraseChallenge c) {
        exists();
        Erasure erasure = ChallengeRules.erasure(c.erasure(), raised.teamId(), region, c.memberships(),
                c.stewardships());
        ErasureRules.notErasedYet(erased);
        ErasureRules.encrypted(c.encrypted());
        apply(new ChallengeErased(id, region.value(), erasure));
        return erasedAt;
    }

    private void exists() {
        if (otherRecord || raised == null) {
            throw new NotFound();
        }
    }

    private void steward(boolean administrator, Memberships memberships, Stewardships stewardships) {
        exists();
        ChallengeRules.mayAnswer(administrator, region, raised.tier(), memberships, stewardships);
        ChallengeRules.notErased(erased);
    }

    /** Another kind of record's event under this id (ids are client-chosen): see {@link IdTaken}. */
    @EventSourcingHandler
    void on(DomainEvent event, @SourceId String aggregate) {
        id = UUID.fromString(aggregate); // Axon needs an identifier after the first event
        otherRecord = true;
    }

    @EventSourcingHandler
    void on(ChallengeRaised e) {
        id = e.challengeId();
        region = new RegionId(e.regionId());
        raised = e;
    }

    @EventSourcingHandler
    void on(ChallengeAnswered e) {
        answer = e;
        outcome = null;
    }

    @EventSourcingHandler
    void on(ChallengeOutcomeReviewed e) {
        outcome = e;
    }

    @EventSourcingHandler
    void on(ChallengeErased e, @Timestamp Instant at) {
        erased = true;
        erasedAt = at;
    }
}
