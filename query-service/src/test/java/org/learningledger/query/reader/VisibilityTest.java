package org.learningledger.query.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.query.organisation.Region;
import org.learningledger.query.organisation.Team;

class VisibilityTest {

    private final UUID region = UUID.randomUUID();
    private final Team owning = new Team(UUID.randomUUID(), "Owning", region, "safety");
    private final Team other = new Team(UUID.randomUUID(), "Other", region, "safety");

    @Test
    void givenCurrentMemberOfOwningTeam_whenAskingForTeamPrivateWork_thenVisible() {
        assertThat(Visibility.seesTeamPrivate(reader(List.of(owning), List.of(), false), owning.teamId())).isTrue();
        assertThat(Visibility.seesTeamPrivate(reader(List.of(other, owning), List.of(), false), owning.teamId())).isTrue();
    }

    @Test
    void givenMemberOfAnotherTeamOnly_whenAskingForTeamPrivateWork_thenHidden() {
        assertThat(Visibility.seesTeamPrivate(reader(List.of(other), List.of(), false), owning.teamId())).isFalse();
    }

    @Test
    void givenStewardOfTheTeamsRegionOrAnalyst_whenAskingForTeamPrivateWork_thenHidden() {
        Reader steward = reader(List.of(), List.of(new Region(region, "North")), false);
        assertThat(Visibility.seesTeamPrivate(steward, owning.teamId())).isFalse();
        assertThat(Visibility.seesTeamPrivate(reader(List.of(), List.of(), true), owning.teamId())).isFalse();
    }

    @Test
    void givenAdminRoleWithoutMembership_whenAskingForTeamPrivateWork_thenHidden() {
        Reader admin = new Reader("root", List.of(), List.of(), false, List.of("admin"));
        assertThat(Visibility.seesTeamPrivate(admin, owning.teamId())).isFalse();
    }

    @Test
    void givenNoOwningTeam_whenAsking_thenHiddenFromEveryone() {
        assertThat(Visibility.seesTeamPrivate(reader(List.of(owning), List.of(), true), null)).isFalse();
    }

    private static Reader reader(List<Team> teams, List<Region> stewardOf, boolean analyst) {
        return new Reader("someone", teams, stewardOf, analyst, List.of());
    }
}
