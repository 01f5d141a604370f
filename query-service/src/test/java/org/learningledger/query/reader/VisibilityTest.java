package org.learningledger.query.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.events.learning.Tier.NATION;
import static org.learningledger.events.learning.Tier.REGION;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.organisation.Region;
import org.learningledger.query.organisation.Team;

class VisibilityTest {

    private final UUID region = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();
    private final Team owning = new Team(UUID.randomUUID(), "Owning", region, "safety");
    private final Team other = new Team(UUID.randomUUID(), "Other", region, "safety");
    private final Team far = new Team(UUID.randomUUID(), "Far", elsewhere, "safety");
    private final Reader member = reader(List.of(owning), List.of(), false);
    private final Reader neighbour = reader(List.of(other), List.of(), false);
    private final Reader farMember = reader(List.of(far), List.of(), false);
    private final Reader steward = reader(List.of(), List.of(new Region(region, "North")), false);
    private final Reader farSteward = reader(List.of(), List.of(new Region(elsewhere, "South")), false);
    private final Reader analyst = reader(List.of(), List.of(), true);
    private final Reader admin = new Reader("root", List.of(), List.of(), false, List.of("admin"));

    @Test
    void givenCurrentMemberOfOwningTeam_whenAskingForTeamPrivateWork_thenVisible() {
        assertThat(Visibility.seesTeamPrivate(member, owning.teamId())).isTrue();
        assertThat(Visibility.seesTeamPrivate(reader(List.of(other, owning), List.of(), false), owning.teamId())).isTrue();
    }

    @Test
    void givenAnyoneButAMember_whenAskingForTeamPrivateWork_thenHidden() {
        for (Reader outsider : List.of(neighbour, steward, analyst, admin)) {
            assertThat(Visibility.seesTeamPrivate(outsider, owning.teamId())).isFalse();
        }
    }

    @Test
    void givenNoOwningTeam_whenAsking_thenHiddenFromEveryone() {
        assertThat(Visibility.seesTeamPrivate(reader(List.of(owning), List.of(), true), null)).isFalse();
    }

    @Test
    void givenRegionTier_whenAsked_thenOnlyTheRegionsStewardsAndTeamMembersSeeIt() {
        assertThat(List.of(neighbour, member, steward)).allMatch(r -> seesTier(r, region, REGION));
        assertThat(List.of(farMember, farSteward, analyst, admin)).noneMatch(r -> seesTier(r, region, REGION));
    }

    @Test
    void givenNationTier_whenAsked_thenEveryMemberStewardAndAnalystSeesItButNotAStrangerOrAdmin() {
        assertThat(List.of(farMember, farSteward, analyst, steward)).allMatch(r -> seesTier(r, region, NATION));
        assertThat(List.of(admin, reader(List.of(), List.of(), false)))
                .noneMatch(r -> seesTier(r, region, NATION) || Visibility.readsAnyPublication(r));
    }

    @Test
    void givenWithdrawal_whenAsked_thenOnlyTheOwningTeamStillSeesAnythingPublished() {
        assertThat(seesPublished(member, owning.teamId(), region, NATION, true)).isTrue();
        for (Reader outsider : List.of(neighbour, steward, farMember, analyst)) {
            assertThat(seesPublished(outsider, owning.teamId(), region, NATION, true)).isFalse();
            assertThat(seesLearning(outsider, owning.teamId(), region, NATION, true)).isFalse();
        }
    }

    @Test
    void givenDraft_whenAsked_thenOnlyTheOwningTeamSeesTheLearning() {
        assertThat(seesLearning(member, owning.teamId(), region, null, false)).isTrue();
        assertThat(List.of(neighbour, steward, analyst, admin))
                .noneMatch(r -> seesLearning(r, owning.teamId(), region, null, false));
    }

    @Test
    void givenRegionVersionOfANationalLearning_whenAnalystAsks_thenOnlyTheNationVersionIsSeen() {
        assertThat(seesLearning(analyst, owning.teamId(), region, NATION, false)).isTrue();
        assertThat(seesPublished(analyst, owning.teamId(), region, REGION, false)).isFalse();
        assertThat(seesPublished(neighbour, owning.teamId(), region, REGION, false)).isTrue();
    }

    @Test
    void givenInvitation_whenAsked_thenTheTeamAndTheInvitingStewardSeeItNobodyElse() {
        assertThat(seesInvitation(member, owning.teamId(), "someone-else")).isTrue();
        assertThat(seesInvitation(steward, owning.teamId(), steward.userId())).isTrue();
        assertThat(seesInvitation(farSteward, owning.teamId(), "stella")).isFalse();
        assertThat(seesInvitation(admin, owning.teamId(), "stella")).isFalse();
    }

    private static Reader reader(List<Team> teams, List<Region> stewardOf, boolean analyst) {
        String name = "reader-" + teams.size() + "-" + stewardOf.size() + "-" + analyst + "-" + UUID.randomUUID();
        return new Reader(name, teams, stewardOf, analyst, List.of());
    }

    // What the read paths ask of the one policy, in the words of these examples.
    private static boolean seesTier(Reader reader, UUID region, Tier tier) {
        return Sight.of(reader, Item.published(null, region, tier, null, false, false)) == Sight.FULL;
    }

    private static boolean seesPublished(Reader reader, UUID owningTeam, UUID region, Tier tier, boolean withdrawn) {
        return Sight.of(reader, Item.published(owningTeam, region, tier, null, withdrawn, false)) == Sight.FULL;
    }

    private static boolean seesInvitation(Reader reader, UUID owningTeam, String invitingSteward) {
        return Sight.of(reader, Item.invitation(owningTeam, invitingSteward, false)).any();
    }

    private static boolean seesLearning(Reader reader, UUID owningTeam, UUID region, Tier tier, boolean withdrawn) {
        return seesPublished(reader, owningTeam, region, tier, withdrawn);
    }
}
