package org.learningledger.command.organisation;

import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.organisation.OrganisationCommands.AddMember;
import org.learningledger.command.organisation.OrganisationCommands.RegisterTeam;
import org.learningledger.command.organisation.OrganisationCommands.RemoveMember;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.TeamRegistered;

class TeamTest {

    static final UUID TEAM = UUID.randomUUID();
    static final UUID REGION = UUID.randomUUID();
    static final TeamRegistered REGISTERED = new TeamRegistered(TEAM, REGION, "Chrudim", "parental-conflict");
    static final UserId JANA = new UserId("jana");

    private FixtureConfiguration<Team> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Team.class);
    }

    static RegisterTeam register(String name) {
        return new RegisterTeam(new TeamId(TEAM), new RegionId(REGION), name, "parental-conflict", true);
    }

    @Test
    void givenKnownRegion_whenTeamRegistered_thenTeamRegistered() {
        fixture.givenNoPriorActivity().when(register("Chrudim")).expectEvents(REGISTERED);
    }

    @Test
    void givenUnknownRegion_whenTeamRegistered_thenRefusedNamingRegionId() {
        fixture.givenNoPriorActivity()
                .when(new RegisterTeam(new TeamId(TEAM), new RegionId(REGION), "Chrudim", "parental-conflict", false))
                .expectException(FieldRuleViolation.class).expectExceptionMessage("must name a registered region")
                .expectNoEvents();
    }

    /** A retry stays harmless even if the region's fact were to read differently by then. */
    @Test
    void givenRegistered_whenSameRegistrationRetried_thenNothingAppended() {
        fixture.given(REGISTERED)
                .when(new RegisterTeam(new TeamId(TEAM), new RegionId(REGION), "Chrudim", "parental-conflict", false))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenRegistered_whenRegisteredAgainDifferently_thenRefused() {
        fixture.given(REGISTERED).when(register("Other")).expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void givenMember_whenAddedAgain_thenNothingAppended() {
        fixture.given(REGISTERED, new MemberAdded(TEAM, "jana")).when(new AddMember(new TeamId(TEAM), JANA))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void givenMember_whenRemoved_thenMemberRemoved() {
        fixture.given(REGISTERED, new MemberAdded(TEAM, "jana")).when(new RemoveMember(new TeamId(TEAM), JANA))
                .expectEvents(new MemberRemoved(TEAM, "jana"));
    }

    @Test
    void givenRemovedMember_whenRemovedAgain_thenRefusedAsNotAMember() {
        fixture.given(REGISTERED, new MemberAdded(TEAM, "jana"), new MemberRemoved(TEAM, "jana"))
                .when(new RemoveMember(new TeamId(TEAM), JANA)).expectException(RuleViolation.class).expectNoEvents();
    }
}
