package org.learningledger.command.casereview;

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

import java.util.Map;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.NotFound;
import org.learningledger.command.casereview.CaseReviewCommands.LinkExperiment;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.FindingLinkedToExperiment;

/** A team's experiment started in response to a finding: who may say so. */
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
                .expectException(UnprocessableField.class).expectNoEvents();
        fixture.given(OPENED, JANA_JOINED, FINDING_RECORDED).when(link(null, IN_TEAM))
                .expectException(UnprocessableField.class).expectNoEvents();
    }
}
