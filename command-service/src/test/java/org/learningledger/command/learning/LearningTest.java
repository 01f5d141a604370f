package org.learningledger.command.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.NotFound;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.learning.LearningCommands.DraftLearning;
import org.learningledger.command.learning.LearningCommands.EndorseLearning;
import org.learningledger.command.learning.LearningCommands.InviteToPublish;
import org.learningledger.command.learning.LearningCommands.PublishLearning;
import org.learningledger.command.learning.LearningCommands.ReviseLearning;
import org.learningledger.command.learning.LearningCommands.WithdrawLearning;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.IdentifyingDetails;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.learning.ValidationResult;

/** The learning lifecycle decided on plain facts: memberships, stewardships, citations and evidence rows. */
class LearningTest {

    static final UUID ID = UUID.randomUUID();
    static final UUID TEAM = UUID.randomUUID();
    static final UUID REGION = UUID.randomUUID();
    static final UUID OTHER_REGION = UUID.randomUUID();
    static final UUID EXPERIMENT = UUID.randomUUID();
    static final LearningId LEARNING = new LearningId(ID);
    static final UserId JANA = new UserId("jana");
    static final UserId PAVLA = new UserId("pavla");   // steward of REGION
    static final UserId ONDREJ = new UserId("ondrej"); // steward of OTHER_REGION
    static final Content CONTENT = new Content("Meet each parent alone first", "Calmer joint meetings",
            "Separate first meetings", null, List.of(EXPERIMENT), null, null);
    static final LearningDrafted DRAFTED = new LearningDrafted(ID, TEAM, CONTENT.title(), CONTENT.summary(),
            CONTENT.practice(), null, List.of(EXPERIMENT), null, null);
    static final Evidence EVIDENCE = new Evidence(EXPERIMENT, "Do separate meetings help?", "ADAPT", "Calmer");
    static final Snapshot SNAPSHOT = CONTENT.snapshot(List.of(EVIDENCE));
    static final LearningPublished REGIONAL = new LearningPublished(ID, TEAM, REGION, 1, Tier.REGION, SNAPSHOT);
    static final Memberships IN_TEAM = new Memberships(Map.of(new TeamId(TEAM), new RegionId(REGION)));
    static final Citations OWN_EXPERIMENT = new Citations(Map.of(EXPERIMENT, TEAM), Optional.empty());
    static final TeamEvidence TEAM_EVIDENCE = new TeamEvidence(Map.of(EXPERIMENT, EVIDENCE));
    static final Stewardships OF_REGION = new Stewardships(List.of(new RegionId(REGION)));
    static final Stewardships OF_OTHER_REGION = new Stewardships(List.of(new RegionId(OTHER_REGION)));

    private FixtureConfiguration<Learning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Learning.class);
    }

    static DraftLearning draft(Content content, Citations citations) {
        return new DraftLearning(LEARNING, JANA, new TeamId(TEAM), content, IN_TEAM, citations, Stewardships.none());
    }

    static PublishLearning publish(UserId actor, Memberships memberships, Tier tier) {
        return new PublishLearning(LEARNING, actor, tier, memberships, TEAM_EVIDENCE, Stewardships.none());
    }

    @Test
    void givenNothing_whenDraftedByMember_thenDrafted() {
        fixture.givenNoPriorActivity().when(draft(CONTENT, OWN_EXPERIMENT))
                .expectEvents(DRAFTED);
    }

    @Test
    void givenNothing_whenDraftCitesAnotherTeamsExperiment_thenRefusedNamingEvidence() {
        Content foreign = new Content("t", "s", "p", null, List.of(UUID.randomUUID()), null, null);
        fixture.givenNoPriorActivity()
                .when(draft(foreign, new Citations(Map.of(foreign.evidence().get(0), UUID.randomUUID()),
                        Optional.empty())))
                .expectException(FieldRuleViolation.class).expectNoEvents();
    }

    @Test
    void givenDraft_whenStewardPublishes_thenNotFound() {
        fixture.given(DRAFTED).when(publish(PAVLA, Memberships.none(), Tier.REGION))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenDraft_whenPublishedToRegion_thenVersionOneWithEvidenceSummariesOnly() {
        fixture.given(DRAFTED).when(publish(JANA, IN_TEAM, Tier.REGION))
                .expectEvents(REGIONAL).expectResultMessagePayload(1);
    }

    @Test
    void givenPublished_whenPublishedAgainUnchanged_thenSameVersionAndNothingAppended() {
        fixture.given(DRAFTED, REGIONAL).when(publish(JANA, IN_TEAM, Tier.REGION))
                .expectNoEvents().expectResultMessagePayload(1);
    }

    @Test
    void givenNationalPublication_whenPublishedToRegion_thenRefusedBecauseTiersOnlyWiden() {
        fixture.given(DRAFTED, new LearningPublished(ID, TEAM, REGION, 1, Tier.NATION, SNAPSHOT))
                .when(publish(JANA, IN_TEAM, Tier.REGION))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenRevisedAfterPublication_whenRepublished_thenNewVersionAndOldOneUntouched() {
        Content revised = new Content("Meet each parent alone first", "Calmer, and shorter", "Separate first meetings",
                null, List.of(EXPERIMENT), null, null);
        fixture.given(DRAFTED, REGIONAL, new LearningRevised(ID, TEAM, revised.title(), revised.summary(),
                        revised.practice(), null, revised.evidence(), null, null, 2))
                .when(publish(JANA, IN_TEAM, Tier.REGION))
                .expectEvents(new LearningPublished(ID, TEAM, REGION, 2, Tier.REGION, revised.snapshot(List.of(EVIDENCE))));
    }

    @Test
    void givenDraftWithBirthNumber_whenPublished_thenRefusedWithFindings() {
        fixture.given(new LearningDrafted(ID, TEAM, "t", "The boy 785215/1010 felt heard", "p", null, List.of(), null, null))
                .when(publish(JANA, IN_TEAM, Tier.REGION))
                .expectException(IdentifyingDetails.class).expectNoEvents();
    }

    @Test
    void givenRegionalPublication_whenStewardOfRegionEndorses_thenEndorsed() {
        fixture.given(DRAFTED, REGIONAL).when(new EndorseLearning(LEARNING, PAVLA, "worth trying", OF_REGION, Memberships.none()))
                .expectEvents(new LearningEndorsed(ID, TEAM, REGION, Tier.REGION, "pavla", REGION, "worth trying"));
    }

    @Test
    void givenEndorsedByPavla_whenSheEndorsesAgain_thenNothingAppendedAndTheAnswerSaysSo() {
        fixture.given(DRAFTED, REGIONAL, new LearningEndorsed(ID, TEAM, REGION, Tier.REGION, "pavla", REGION, "worth trying"))
                .when(new EndorseLearning(LEARNING, PAVLA, "again", OF_REGION, Memberships.none()))
                .expectNoEvents().expectResultMessagePayload(false);
        fixture.given(DRAFTED, REGIONAL).when(new EndorseLearning(LEARNING, PAVLA, "first", OF_REGION, Memberships.none()))
                .expectResultMessagePayload(true);
    }

    @Test
    void givenInvitedByPavla_whenSheInvitesAgain_thenNothingAppendedAndTheAnswerSaysSo() {
        fixture.given(DRAFTED, REGIONAL, new TeamInvitedToPublish(ID, TEAM, "pavla", REGION, Tier.NATION))
                .when(new InviteToPublish(LEARNING, PAVLA, Tier.NATION, OF_REGION, Memberships.none()))
                .expectNoEvents().expectResultMessagePayload(false);
    }

    @Test
    void givenRegionalPublication_whenStewardsNoteNamesAChild_thenRefusedWithFindings() {
        fixture.given(DRAFTED, REGIONAL)
                .when(new EndorseLearning(LEARNING, PAVLA, "Anička to potvrdila", OF_REGION, Memberships.none()))
                .expectException(IdentifyingDetails.class).expectNoEvents();
    }

    @Test
    void givenRegionalPublication_whenStewardOfOtherRegionEndorses_thenNotFound() {
        fixture.given(DRAFTED, REGIONAL).when(new EndorseLearning(LEARNING, ONDREJ, "x", OF_OTHER_REGION, Memberships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenDraftOnly_whenStewardEndorses_thenNotFound() {
        fixture.given(DRAFTED).when(new EndorseLearning(LEARNING, PAVLA, "x", OF_REGION, Memberships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenRegionalPublication_whenStewardInvitesNation_thenInvited() {
        fixture.given(DRAFTED, REGIONAL).when(new InviteToPublish(LEARNING, PAVLA, Tier.NATION, OF_REGION, Memberships.none()))
                .expectEvents(new TeamInvitedToPublish(ID, TEAM, "pavla", REGION, Tier.NATION));
    }

    @Test
    void givenPublished_whenWithdrawn_thenWithdrawnAndNoMorePublishing() {
        fixture.given(DRAFTED, REGIONAL).when(new WithdrawLearning(LEARNING, JANA, "outdated", IN_TEAM, Stewardships.none()))
                .expectEvents(new LearningWithdrawn(ID, TEAM, REGION, Tier.REGION, "outdated"));
        fixture.given(DRAFTED, REGIONAL, new LearningWithdrawn(ID, TEAM, REGION, Tier.REGION, "outdated"))
                .when(publish(JANA, IN_TEAM, Tier.NATION))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenWithdrawn_whenStewardEndorses_thenNotFound() {
        fixture.given(DRAFTED, REGIONAL, new LearningWithdrawn(ID, TEAM, REGION, Tier.REGION, "outdated"))
                .when(new EndorseLearning(LEARNING, PAVLA, "x", OF_REGION, Memberships.none())).expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenDraft_whenRevisedWithSameContent_thenNothingAppended() {
        fixture.given(DRAFTED).when(new ReviseLearning(LEARNING, JANA, CONTENT, IN_TEAM, Citations.none(), Stewardships.none())).expectNoEvents();
    }

    /** Membership is decided first: an outsider learns nothing of the experiments it cites. */
    @Test
    void givenOutsider_whenDraftCitesForeignExperiment_thenNotPermittedBeforeEvidenceIsJudged() {
        fixture.givenNoPriorActivity()
                .when(new DraftLearning(LEARNING, PAVLA, new TeamId(TEAM), CONTENT, Memberships.none(), Citations.none(), Stewardships.none()))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenDraft_whenRevisionCitesAnUnknownExperiment_thenRefusedNamingEvidence() {
        Content revised = new Content("t", "s", "p", null, List.of(EXPERIMENT, UUID.randomUUID()), null, null);
        fixture.given(DRAFTED).when(new ReviseLearning(LEARNING, JANA, revised, IN_TEAM, OWN_EXPERIMENT, Stewardships.none()))
                .expectException(FieldRuleViolation.class).expectNoEvents();
    }

    @Test
    void givenAnotherTeamsRegionalLearning_whenDraftValidatesIt_thenDraftedAsAValidation() {
        UUID other = UUID.randomUUID();
        Content validation = new Content("t", "s", "p", null, List.of(), other, ValidationResult.CONFIRMED);
        Citations seen = new Citations(Map.of(),
                Optional.of(new RecordedLearning(other, UUID.randomUUID(), REGION, Tier.REGION, false)));
        fixture.givenNoPriorActivity().when(draft(validation, seen)).expectEvents(new LearningDrafted(ID, TEAM, "t",
                "s", "p", null, List.of(), other, ValidationResult.CONFIRMED));
    }

    @Test
    void givenNationalPublication_whenStewardOfAnotherRegionEndorses_thenEndorsedForTheirOwnRegion() {
        fixture.given(DRAFTED, new LearningPublished(ID, TEAM, REGION, 1, Tier.NATION, SNAPSHOT))
                .when(new EndorseLearning(LEARNING, ONDREJ, "x", OF_OTHER_REGION, Memberships.none()))
                .expectEvents(new LearningEndorsed(ID, TEAM, REGION, Tier.NATION, "ondrej", OTHER_REGION, "x"));
    }

    @Test
    void givenRegionalPublication_whenOutsiderWithdraws_thenNotFound() {
        fixture.given(DRAFTED, REGIONAL).when(new WithdrawLearning(LEARNING, PAVLA, "x", Memberships.none(), Stewardships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }

    /** She sees it (its region's steward), so she hears that she may not, instead of "not found". */
    @Test
    void givenRegionalPublication_whenItsStewardWithdraws_thenNotPermitted() {
        fixture.given(DRAFTED, REGIONAL).when(new WithdrawLearning(LEARNING, PAVLA, "x", Memberships.none(), OF_REGION))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenRegionalPublication_whenMemberOfAnotherTeamInTheRegionEndorses_thenNotPermitted() {
        Memberships neighbour = new Memberships(Map.of(new TeamId(UUID.randomUUID()), new RegionId(REGION)));
        fixture.given(DRAFTED, REGIONAL).when(new EndorseLearning(LEARNING, JANA, "x", Stewardships.none(), neighbour))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenAnotherTeamsDraft_whenOutsiderDraftsUnderItsIdInOwnTeam_thenNotFound() {
        UUID ownTeam = UUID.randomUUID();
        fixture.given(DRAFTED).when(new DraftLearning(LEARNING, PAVLA, new TeamId(ownTeam), CONTENT,
                        new Memberships(Map.of(new TeamId(ownTeam), new RegionId(REGION))), Citations.none(),
                        Stewardships.none()))
                .expectException(NotFound.class).expectNoEvents();
    }
}
