package org.learningledger.command.learning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.learning.LearningCommands.DraftLearning;
import org.learningledger.command.learning.LearningCommands.EndorseLearning;
import org.learningledger.command.learning.LearningCommands.InviteToPublish;
import org.learningledger.command.learning.LearningCommands.PublishLearning;
import org.learningledger.command.learning.LearningCommands.ReviseLearning;
import org.learningledger.command.learning.LearningCommands.WithdrawLearning;
import org.learningledger.command.organisation.Directory;
import org.learningledger.command.organisation.TeamAccess;
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

    private FixtureConfiguration<Learning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Learning.class);
        fixture.registerInjectableResource((TeamAccess) (team, user) -> team.equals(TEAM) && user.equals(JANA));
        fixture.registerInjectableResource(new Directory(null) {
            @Override
            public Optional<UUID> regionOf(UUID teamId) {
                return Optional.of(REGION);
            }

            @Override
            public List<UUID> stewardships(UserId userId) {
                return userId.equals(PAVLA) ? List.of(REGION) : userId.equals(ONDREJ) ? List.of(OTHER_REGION) : List.of();
            }
        });
        fixture.registerInjectableResource(new LearningDirectory(null) {
            @Override
            public List<UUID> notOwnedBy(UUID teamId, List<UUID> experiments) {
                return experiments.stream().filter(e -> !e.equals(EXPERIMENT)).toList();
            }

            @Override
            public List<Evidence> evidence(List<UUID> experiments) {
                return List.of(EVIDENCE);
            }
        });
    }

    @Test
    void givenNothing_whenDraftedByMember_thenDrafted() {
        fixture.givenNoPriorActivity().when(new DraftLearning(LEARNING, JANA, new TeamId(TEAM), CONTENT))
                .expectEvents(DRAFTED);
    }

    @Test
    void givenNothing_whenDraftCitesAnotherTeamsExperiment_thenRefusedNamingEvidence() {
        Content foreign = new Content("t", "s", "p", null, List.of(UUID.randomUUID()), null, null);
        fixture.givenNoPriorActivity().when(new DraftLearning(LEARNING, JANA, new TeamId(TEAM), foreign))
                .expectException(FieldRuleViolation.class).expectNoEvents();
    }

    @Test
    void givenDraft_whenStewardPublishes_thenNotPermitted() {
        fixture.given(DRAFTED).when(new PublishLearning(LEARNING, PAVLA, Tier.REGION))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenDraft_whenPublishedToRegion_thenVersionOneWithEvidenceSummariesOnly() {
        fixture.given(DRAFTED).when(new PublishLearning(LEARNING, JANA, Tier.REGION))
                .expectEvents(REGIONAL).expectResultMessagePayload(1);
    }

    @Test
    void givenPublished_whenPublishedAgainUnchanged_thenSameVersionAndNothingAppended() {
        fixture.given(DRAFTED, REGIONAL).when(new PublishLearning(LEARNING, JANA, Tier.REGION))
                .expectNoEvents().expectResultMessagePayload(1);
    }

    @Test
    void givenNationalPublication_whenPublishedToRegion_thenRefusedBecauseTiersOnlyWiden() {
        fixture.given(DRAFTED, new LearningPublished(ID, TEAM, REGION, 1, Tier.NATION, SNAPSHOT))
                .when(new PublishLearning(LEARNING, JANA, Tier.REGION))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenRevisedAfterPublication_whenRepublished_thenNewVersionAndOldOneUntouched() {
        Content revised = new Content("Meet each parent alone first", "Calmer, and shorter", "Separate first meetings",
                null, List.of(EXPERIMENT), null, null);
        fixture.given(DRAFTED, REGIONAL, new LearningRevised(ID, TEAM, revised.title(), revised.summary(),
                        revised.practice(), null, revised.evidence(), null, null))
                .when(new PublishLearning(LEARNING, JANA, Tier.REGION))
                .expectEvents(new LearningPublished(ID, TEAM, REGION, 2, Tier.REGION, revised.snapshot(List.of(EVIDENCE))));
    }

    @Test
    void givenDraftWithBirthNumber_whenPublished_thenRefusedWithFindings() {
        fixture.given(new LearningDrafted(ID, TEAM, "t", "The boy 785215/1010 felt heard", "p", null, List.of(), null, null))
                .when(new PublishLearning(LEARNING, JANA, Tier.REGION))
                .expectException(IdentifyingDetails.class).expectNoEvents();
    }

    @Test
    void givenRegionalPublication_whenStewardOfRegionEndorses_thenEndorsed() {
        fixture.given(DRAFTED, REGIONAL).when(new EndorseLearning(LEARNING, PAVLA, "worth trying"))
                .expectEvents(new LearningEndorsed(ID, TEAM, REGION, Tier.REGION, "pavla", REGION, "worth trying"));
    }

    @Test
    void givenRegionalPublication_whenStewardOfOtherRegionEndorses_thenNotPermitted() {
        fixture.given(DRAFTED, REGIONAL).when(new EndorseLearning(LEARNING, ONDREJ, "x"))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenDraftOnly_whenStewardEndorses_thenNotPermitted() {
        fixture.given(DRAFTED).when(new EndorseLearning(LEARNING, PAVLA, "x"))
                .expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenRegionalPublication_whenStewardInvitesNation_thenInvited() {
        fixture.given(DRAFTED, REGIONAL).when(new InviteToPublish(LEARNING, PAVLA, Tier.NATION))
                .expectEvents(new TeamInvitedToPublish(ID, TEAM, "pavla", REGION, Tier.NATION));
    }

    @Test
    void givenPublished_whenWithdrawn_thenWithdrawnAndNoMorePublishing() {
        fixture.given(DRAFTED, REGIONAL).when(new WithdrawLearning(LEARNING, JANA, "outdated"))
                .expectEvents(new LearningWithdrawn(ID, TEAM, REGION, Tier.REGION, "outdated"));
        fixture.given(DRAFTED, REGIONAL, new LearningWithdrawn(ID, TEAM, REGION, Tier.REGION, "outdated"))
                .when(new PublishLearning(LEARNING, JANA, Tier.NATION))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenWithdrawn_whenStewardEndorses_thenNotPermitted() {
        fixture.given(DRAFTED, REGIONAL, new LearningWithdrawn(ID, TEAM, REGION, Tier.REGION, "outdated"))
                .when(new EndorseLearning(LEARNING, PAVLA, "x")).expectException(NotPermitted.class).expectNoEvents();
    }

    @Test
    void givenDraft_whenRevisedWithSameContent_thenNothingAppended() {
        fixture.given(DRAFTED).when(new ReviseLearning(LEARNING, JANA, CONTENT)).expectNoEvents();
    }
}
