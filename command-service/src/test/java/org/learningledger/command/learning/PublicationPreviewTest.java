package org.learningledger.command.learning;

import static org.learningledger.command.learning.LearningTest.DRAFTED;
import static org.learningledger.command.learning.LearningTest.EVIDENCE;
import static org.learningledger.command.learning.LearningTest.ID;
import static org.learningledger.command.learning.LearningTest.IN_TEAM;
import static org.learningledger.command.learning.LearningTest.JANA;
import static org.learningledger.command.learning.LearningTest.LEARNING;
import static org.learningledger.command.learning.LearningTest.REGION;
import static org.learningledger.command.learning.LearningTest.REGIONAL;
import static org.learningledger.command.learning.LearningTest.SNAPSHOT;
import static org.learningledger.command.learning.LearningTest.TEAM;
import static org.learningledger.command.learning.LearningTest.TEAM_EVIDENCE;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.learning.LearningCommands.Preview;
import org.learningledger.command.learning.LearningCommands.PreviewPublication;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.IdentifyingDetails;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.Tier;

/** A preview decides as publishing does and records nothing. */
class PublicationPreviewTest {

    private FixtureConfiguration<Learning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Learning.class);
    }

    private static PreviewPublication preview(UserId actor, Memberships memberships, Tier tier) {
        return new PreviewPublication(LEARNING, actor, tier, memberships, TEAM_EVIDENCE, Stewardships.none());
    }

    @Test
    void givenDraft_whenPreviewedForRegion_thenTheSnapshotPublishingWouldCarryAndNothingAppended() {
        fixture.given(DRAFTED).when(preview(JANA, IN_TEAM, Tier.REGION))
                .expectNoEvents().expectResultMessagePayload(new Preview(SNAPSHOT, REGION, true, true));
    }

    @Test
    void givenRegionalPublication_whenPreviewedForNation_thenFirstAtNationUnchanged() {
        fixture.given(DRAFTED, REGIONAL).when(preview(JANA, IN_TEAM, Tier.NATION))
                .expectNoEvents().expectResultMessagePayload(new Preview(SNAPSHOT, REGION, true, false));
    }

    @Test
    void givenRevisedAfterRegionalPublication_whenPreviewedForRegion_thenNotFirstButChanged() {
        fixture.given(DRAFTED, REGIONAL, new LearningRevised(ID, TEAM, "Meet each parent alone first", "Shorter",
                        "Separate first meetings", null, List.of(LearningTest.EXPERIMENT), null, null, 2))
                .when(preview(JANA, IN_TEAM, Tier.REGION))
                .expectNoEvents().expectResultMessagePayload(new Preview(new Content("Meet each parent alone first",
                        "Shorter", "Separate first meetings", null, List.of(LearningTest.EXPERIMENT), null, null)
                        .snapshot(List.of(EVIDENCE)), REGION, false, true));
    }

    @Test
    void givenDraftWithBirthNumber_whenPreviewed_thenRefusedAsPublishingWould() {
        fixture.given(new LearningDrafted(ID, TEAM, "t", "The boy 785215/1010 felt heard", "p", null, List.of(), null, null))
                .when(preview(JANA, IN_TEAM, Tier.REGION))
                .expectException(IdentifyingDetails.class).expectNoEvents();
    }

    @Test
    void givenNationalPublication_whenPreviewedForRegion_thenRefusedBecauseTiersOnlyWiden() {
        fixture.given(DRAFTED, new LearningPublished(ID, TEAM, REGION, 1, Tier.NATION, SNAPSHOT))
                .when(preview(JANA, IN_TEAM, Tier.REGION))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenDraft_whenSomeoneOutsideTheTeamPreviews_thenNotFound() {
        fixture.given(DRAFTED).when(preview(new UserId("pavla"), Memberships.none(), Tier.REGION))
                .expectException(NotFound.class).expectNoEvents();
    }
}
