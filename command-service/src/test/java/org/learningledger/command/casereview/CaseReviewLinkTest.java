package org.learningledger.command.casereview;

import org.learningledger.command.FieldRuleViolation;
import static org.learningledger.command.casereview.CaseReviewPublicationTest.PROPOSED;
import static org.learningledger.command.casereview.CaseReviewPublicationTest.PUBLISHED;
import static org.learningledger.command.casereview.CaseReviewTest.FINDING;
import static org.learningledger.command.casereview.CaseReviewTest.FINDING_RECORDED;
import static org.learningledger.command.casereview.CaseReviewTest.ID;
import static org.learningledger.command.casereview.CaseReviewTest.JANA;
import static org.learningledger.command.casereview.CaseReviewTest.JANA_JOINED;
import static org.learningledger.command.casereview.CaseReviewTest.NONE;
import static org.learningledger.command.casereview.CaseReviewTest.OPENED;
import static org.learningledger.command.casereview.CaseReviewTest.REGION;
import static org.learningledger.command.casereview.CaseReviewTest.REVIEW;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.casereview.CaseReviewCommands.CiteLearning;
import org.learningledger.command.casereview.CaseReviewCommands.LinkExperiment;
import org.learningledger.command.erasure.UnknownItem;
import org.learningledger.command.learning.RecordedLearning;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.FindingCitedLearning;
import org.learningledger.events.casereview.FindingLinkedToExperiment;
import org.learningledger.events.learning.Tier;

/** A team's experiment started in response to a finding, and a learning a finding cites: who may say so. */
class CaseReviewLinkTest {

    static final UUID TEAM = UUID.randomUUID();
    static final UUID EXPERIMENT = UUID.randomUUID();
    static final Memberships IN_TEAM = new Memberships(Map.of(new TeamId(TEAM), new RegionId(REGION)));
    static final FindingLinkedToExperiment LINKED = new FindingLinkedToExperiment(REVIEW, REGION, FINDING, EXPERIMENT,
            TEAM, "jana");

    private FixtureConfiguration<CaseReview> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseReview.class);
    }

    static LinkExperiment link(UUID experimentTeam, Memberships memberships) {
        return new LinkExperiment(ID, JANA, FINDING, EXPERIMENT, experimentTeam, memberships, NONE);
    }

    @Test
    void givenAParticipantInTheExperimentsTeam_whenLinking_thenLinked_andAgainChangesNothing() {
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED).when(link(TEAM, IN_TEAM)).expectEvents(LINKED);
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED, LINKED).when(link(TEAM, IN_TEAM))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenAReaderOfThePublishedSnapshot_whenLinking_thenLinked() {
        fixture.given(OPENED, FINDING_RECORDED, PROPOSED, PUBLISHED).when(link(TEAM, IN_TEAM)).expectEvents(LINKED);
    }

    @Test
    void givenAWithdrawnSnapshot_whenAnOutsiderLinks_thenNotFound() {
        fixture.given(OPENED, FINDING_RECORDED, PROPOSED, PUBLISHED,
                        new CaseReviewWithdrawn(REVIEW, REGION, "ota", "x"))
                .when(link(TEAM, IN_TEAM)).expectException(NotFound.class).expectNoEvents();
    }

    @Test
    void givenAnUnpublishedReview_whenAnOutsiderLinks_thenNotFound() {
        fixture.given(OPENED, FINDING_RECORDED).when(link(TEAM, IN_TEAM)).expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void givenAnotherTeamsOrAnUnknownExperiment_whenLinking_thenRefusedNamingExperimentId() {
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED).when(link(UUID.randomUUID(), IN_TEAM))
                .expectException(FieldRuleViolation.class).expectNoEvents();
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED).when(link(null, IN_TEAM))
                .expectException(FieldRuleViolation.class).expectNoEvents();
    }

    static final UUID LEARNING = UUID.randomUUID();
    static final FindingCitedLearning CITED = new FindingCitedLearning(REVIEW, REGION, FINDING, LEARNING, "jana");

    static CiteLearning cite(UUID region, Tier tier, boolean withdrawn) {
        return new CiteLearning(ID, JANA, FINDING, LEARNING,
                Optional.of(new RecordedLearning(LEARNING, UUID.randomUUID(), region, tier, withdrawn)), NONE);
    }

    @Test
    void givenAParticipant_whenCitingARegionalLearningOfTheRegion_thenCited_andAgainChangesNothing() {
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED).when(cite(REGION, Tier.REGION, false))
                .expectEvents(CITED).expectResultMessagePayload(true);
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED, CITED).when(cite(REGION, Tier.REGION, false))
                .expectNoEvents().expectResultMessagePayload(false);
    }

    @Test
    void givenANationalLearningOfAnotherRegion_whenCited_thenCited() {
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED).when(cite(UUID.randomUUID(), Tier.NATION, false))
                .expectEvents(CITED);
    }

    @Test
    void givenARegionalLearningElsewhere_aWithdrawnOne_aDraftOrNone_whenCited_thenRefusedNamingLearningId() {
        for (CiteLearning refused : List.of(cite(UUID.randomUUID(), Tier.REGION, false), cite(REGION, Tier.NATION, true),
                cite(null, null, false), new CiteLearning(ID, JANA, FINDING, LEARNING, Optional.empty(), NONE))) {
            fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED).when(refused)
                    .expectException(FieldRuleViolation.class).expectExceptionMessage(
                            "must name a learning published, not withdrawn, to the review's region or the nation")
                    .expectNoEvents();
        }
    }

    @Test
    void givenAnOutsiderOrAnUnknownFinding_whenCiting_thenNotFoundOrRefused() {
        fixture.given(OPENED, FINDING_RECORDED, PROPOSED, PUBLISHED).when(cite(REGION, Tier.REGION, false))
                .expectException(NotFound.class).expectNoEvents();
        fixture.given(OPENED, JANA_JOINED).when(cite(REGION, Tier.REGION, false))
                .expectException(UnknownItem.class).expectNoEvents();
    }
}
