package org.learningledger.command.organisation;

import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.organisation.OrganisationCommands.AppointReviewer;
import org.learningledger.command.organisation.OrganisationCommands.RemoveReviewer;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.learningledger.events.organisation.ReviewerRemoved;
import org.learningledger.events.organisation.StewardAppointed;

/** A region's learning reviewers: appointed and removed by an administrator, each change once. */
class RegionTest {

    static final UUID REGION = UUID.randomUUID();
    static final RegionRegistered REGISTERED = new RegionRegistered(REGION, "Pardubický kraj");
    static final UserId IVA = new UserId("iva");

    private FixtureConfiguration<Region> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Region.class);
    }

    @Test
    void givenRegion_whenReviewerAppointed_thenReviewerAppointed() {
        fixture.given(REGISTERED).when(new AppointReviewer(new RegionId(REGION), IVA))
                .expectEvents(new ReviewerAppointed(REGION, "iva"));
    }

    @Test
    void givenReviewer_whenAppointedAgain_thenNothingAppended() {
        fixture.given(REGISTERED, new ReviewerAppointed(REGION, "iva"))
                .when(new AppointReviewer(new RegionId(REGION), IVA)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenSteward_whenAppointedReviewer_thenReviewerAppointedAsWell() {
        fixture.given(REGISTERED, new StewardAppointed(REGION, "iva"))
                .when(new AppointReviewer(new RegionId(REGION), IVA)).expectEvents(new ReviewerAppointed(REGION, "iva"));
    }

    @Test
    void givenReviewer_whenRemoved_thenReviewerRemoved() {
        fixture.given(REGISTERED, new ReviewerAppointed(REGION, "iva"))
                .when(new RemoveReviewer(new RegionId(REGION), IVA)).expectEvents(new ReviewerRemoved(REGION, "iva"));
    }

    @Test
    void givenNoReviewer_whenRemoved_thenNothingAppended() {
        fixture.given(REGISTERED, new ReviewerAppointed(REGION, "iva"), new ReviewerRemoved(REGION, "iva"))
                .when(new RemoveReviewer(new RegionId(REGION), IVA)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenUnknownRegion_whenReviewerAppointed_thenNotFound() {
        fixture.givenNoPriorActivity().when(new AppointReviewer(new RegionId(REGION), IVA))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class).expectNoEvents();
    }
}
