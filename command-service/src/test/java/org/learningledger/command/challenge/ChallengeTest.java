package org.learningledger.command.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.NotFound;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.casereview.UnprocessableField;
import org.learningledger.command.challenge.ChallengeCommands.AnswerChallenge;
import org.learningledger.command.challenge.ChallengeCommands.EraseChallenge;
import org.learningledger.command.challenge.ChallengeCommands.RaiseChallenge;
import org.learningledger.command.challenge.ChallengeCommands.ReviewOutcome;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.IdentifyingDetails;
import org.learningledger.events.challenge.ChallengeAnswer;
import org.learningledger.events.challenge.ChallengeAnswered;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.challenge.ChallengeOutcomeReviewed;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.learning.Tier;

/** A challenge: raised by whom, on what evidence; answered once unless under review; reviewed after an answer. */
class ChallengeTest {

    static final UUID CHALLENGE = UUID.randomUUID();
    static final ChallengeId ID = new ChallengeId(CHALLENGE);
    static final UUID REGION = UUID.randomUUID();
    static final RegionId REGION_ID = new RegionId(REGION);
    static final UUID TEAM = UUID.randomUUID();
    static final UUID OTHER_TEAM = UUID.randomUUID();
    static final UUID EXPERIMENT = UUID.randomUUID();
    static final UUID LEARNING = UUID.randomUUID();
    static final UUID FINDING = UUID.randomUUID();
    static final UUID LESSON = UUID.randomUUID();
    static final UserId JANA = new UserId("jana");
    static final UserId PETR = new UserId("petr");
    static final Memberships IN_TEAM = new Memberships(Map.of(new TeamId(TEAM), REGION_ID));
    static final Memberships NO_TEAM = Memberships.none();
    static final Stewardships STEWARD = new Stewardships(List.of(REGION_ID));
    static final Stewardships NOT_STEWARD = Stewardships.none();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final ChallengeRaised RAISED = new ChallengeRaised(CHALLENGE, REGION, TEAM, "jana", Tier.REGION,
            "Posouzení do 30 dnů", "Případy se zavírají předčasně", List.of(EXPERIMENT, LESSON, LEARNING, FINDING));
    static final ChallengeAnswered UNDER_REVIEW = new ChallengeAnswered(CHALLENGE, REGION, ChallengeAnswer.UNDER_REVIEW,
            "Prověříme uzavřené případy", TODAY.plusMonths(3), "petr");
    static final ChallengeAnswered KEPT = new ChallengeAnswered(CHALLENGE, REGION, ChallengeAnswer.KEPT,
            "Lhůta zůstává", TODAY.plusMonths(6), "petr");

    private FixtureConfiguration<Challenge> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Challenge.class);
    }

    static List<Cited> evidence() {
        return List.of(new Cited(EXPERIMENT, Cited.Kind.EXPERIMENT, TEAM, null, null, false),
                new Cited(LESSON, Cited.Kind.LESSON, null, REGION, Tier.REGION, false),
                new Cited(LEARNING, Cited.Kind.LEARNING, OTHER_TEAM, REGION, Tier.REGION, false),
                new Cited(FINDING, Cited.Kind.FINDING, null, UUID.randomUUID(), Tier.NATION, false));
    }

    static RaiseChallenge raise(Memberships memberships, List<Cited> evidence, String target) {
        return new RaiseChallenge(ID, TEAM, REGION_ID, JANA, Tier.REGION, target, "Případy se zavírají předčasně",
                evidence, memberships, NOT_STEWARD);
    }

    static AnswerChallenge answer(ChallengeAnswer answer, String rationale, LocalDate on, Stewardships stewardships) {
        return new AnswerChallenge(ID, PETR, answer, rationale, on, TODAY, false, NO_TEAM, stewardships);
    }

    @Test
    void givenATeamMember_whenRaisingWithVisibleEvidence_thenRaised() {
        fixture.givenNoPriorActivity().when(raise(IN_TEAM, evidence(), "Posouzení do 30 dnů")).expectEvents(RAISED);
    }

    @Test
    void givenANonMember_whenRaisingForTheTeam_thenNotPermitted() {
        fixture.givenNoPriorActivity().when(raise(NO_TEAM, evidence(), "Posouzení do 30 dnů"))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenASteward_whenRaisingForTheirRegion_thenRaisedWithoutATeam() {
        fixture.givenNoPriorActivity().when(new RaiseChallenge(ID, null, REGION_ID, PETR, Tier.NATION, "Cíl",
                        "Účinek", List.of(), NO_TEAM, STEWARD))
                .expectEvents(new ChallengeRaised(CHALLENGE, REGION, null, "petr", Tier.NATION, "Cíl", "Účinek",
                        List.of()));
        fixture.givenNoPriorActivity().when(new RaiseChallenge(ID, null, REGION_ID, PETR, Tier.NATION, "Cíl",
                "Účinek", List.of(), NO_TEAM, NOT_STEWARD)).expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenEvidenceTheRaiserCannotSee_whenRaising_thenRefusedNamingIt() {
        for (Cited unseen : List.of(new Cited(EXPERIMENT, Cited.Kind.EXPERIMENT, OTHER_TEAM, null, null, false),
                new Cited(LEARNING, Cited.Kind.LEARNING, OTHER_TEAM, UUID.randomUUID(), Tier.REGION, false),
                new Cited(LEARNING, Cited.Kind.LEARNING, OTHER_TEAM, REGION, Tier.NATION, true),
                new Cited(LEARNING, Cited.Kind.LEARNING, OTHER_TEAM, null, null, false),
                new Cited(LEARNING, Cited.Kind.LESSON, null, REGION, null, false),
                new Cited(LEARNING, Cited.Kind.LESSON, null, REGION, Tier.REGION, true),
                Cited.unknown(UUID.randomUUID()))) {
            fixture.givenNoPriorActivity().when(raise(IN_TEAM, List.of(evidence().get(0), unseen), "Cíl"))
                    .expectException(UnprocessableField.class).expectExceptionMessage(
                            org.hamcrest.Matchers.containsString("raising team")).expectNoEvents();
        }
    }

    @Test
    void givenAPersonsNameInTheTarget_whenRaising_thenRefused() {
        fixture.givenNoPriorActivity().when(raise(IN_TEAM, List.of(), "Pravidlo paní Novákové"))
                .expectException(IdentifyingDetails.class).expectNoEvents();
    }

    @Test
    void givenRaised_whenTheSameIsRaisedAgain_thenNothingAppended_butOtherContentIsAConflict() {
        fixture.given(RAISED).when(raise(IN_TEAM, evidence(), "Posouzení do 30 dnů"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(RAISED).when(raise(IN_TEAM, evidence(), "Jiný cíl"))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenAStewardOfTheRegion_whenAnswering_thenAnswered() {
        fixture.given(RAISED).when(answer(ChallengeAnswer.KEPT, "Lhůta zůstává", TODAY.plusMonths(6), STEWARD))
                .expectEvents(KEPT);
    }

    @Test
    void givenAnAnswer_whenAnsweredAgain_thenAlreadyAnswered_butTheSameAnswerIsARetry() {
        fixture.given(RAISED, KEPT).when(answer(ChallengeAnswer.REVISED, "Změníme", TODAY.plusMonths(1), STEWARD))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("only an answer UNDER_REVIEW")).expectNoEvents();
        fixture.given(RAISED, KEPT).when(answer(ChallengeAnswer.KEPT, "Lhůta zůstává", TODAY.plusMonths(6), STEWARD))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenAnAnswerUnderReview_whenAnsweredAgain_thenTheNewAnswerStands() {
        fixture.given(RAISED, UNDER_REVIEW)
                .when(answer(ChallengeAnswer.KEPT, "Lhůta zůstává", TODAY.plusMonths(6), STEWARD)).expectEvents(KEPT);
    }

    @Test
    void givenAReviewDayInThePastOrBeyondTwoYears_whenAnswering_thenRefusedNamingIt() {
        fixture.given(RAISED).when(answer(ChallengeAnswer.KEPT, "x", TODAY.minusDays(1), STEWARD))
                .expectException(FieldRuleViolation.class).expectNoEvents();
        fixture.given(RAISED).when(answer(ChallengeAnswer.KEPT, "x", TODAY.plusYears(2).plusDays(1), STEWARD))
                .expectException(FieldRuleViolation.class).expectNoEvents();
    }

    @Test
    void givenAReaderWhoIsNoSteward_whenAnswering_thenNotPermitted_andToAStrangerNotFound() {
        fixture.given(RAISED).when(new AnswerChallenge(ID, JANA, ChallengeAnswer.KEPT, "x", TODAY, TODAY, false,
                IN_TEAM, NOT_STEWARD)).expectException(NotPermitted.class).expectNoEvents();
        fixture.given(RAISED).when(answer(ChallengeAnswer.KEPT, "x", TODAY, NOT_STEWARD))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnAdministrator_whenAnswering_thenAnswered() {
        fixture.given(RAISED).when(new AnswerChallenge(ID, PETR, ChallengeAnswer.KEPT, "Lhůta zůstává",
                TODAY.plusMonths(6), TODAY, true, NO_TEAM, NOT_STEWARD)).expectEvents(KEPT);
    }

    @Test
    void givenNoAnswer_whenReviewingTheOutcome_thenNotAnswered() {
        fixture.given(RAISED).when(new ReviewOutcome(ID, PETR, "Výsledek", false, NO_TEAM, STEWARD))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("only after")).expectNoEvents();
    }

    @Test
    void givenAnAnswer_whenTheOutcomeIsReviewed_thenReviewed_andAnotherReviewIsRefused() {
        ChallengeOutcomeReviewed reviewed = new ChallengeOutcomeReviewed(CHALLENGE, REGION, "Lhůta pomohla", "petr");
        fixture.given(RAISED, KEPT).when(new ReviewOutcome(ID, PETR, "Lhůta pomohla", false, NO_TEAM, STEWARD))
                .expectEvents(reviewed);
        fixture.given(RAISED, KEPT, reviewed).when(new ReviewOutcome(ID, PETR, "Jinak", false, NO_TEAM, STEWARD))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenATeamMember_whenErasing_thenErasedAsTheTeam_andThenItTakesNoAnswer() {
        Erasure asked = new Erasure("jana", Erasure.ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null);
        ChallengeErased erased = new ChallengeErased(CHALLENGE, REGION, asked);
        fixture.given(RAISED).when(new EraseChallenge(ID, asked, true, IN_TEAM, NOT_STEWARD)).expectEvents(erased);
        fixture.given(RAISED, erased).when(answer(ChallengeAnswer.KEPT, "x", TODAY, STEWARD))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenAStewardOrAStranger_whenErasing_thenErasedAsSteward_orNotFound() {
        Erasure asked = new Erasure("petr", Erasure.ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR, null);
        fixture.given(RAISED).when(new EraseChallenge(ID, asked, true, NO_TEAM, STEWARD))
                .expectEvents(new ChallengeErased(CHALLENGE, REGION, new Erasure("petr", Erasure.ErasedBy.STEWARD,
                        ErasureReason.ENTERED_IN_ERROR, null)));
        fixture.given(RAISED).when(new EraseChallenge(ID, asked, true, NO_TEAM, NOT_STEWARD))
                .expectException(NotFound.class).expectNoEvents();
    }
}
