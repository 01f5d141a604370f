package org.learningledger.query.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.events.learning.Tier.NATION;
import static org.learningledger.events.learning.Tier.REGION;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.organisation.Region;
import org.learningledger.query.organisation.Team;
import org.learningledger.query.reader.Reader;

class LearningViewsTest {

    private final UUID north = UUID.randomUUID();
    private final Team owner = new Team(UUID.randomUUID(), "Owner", north, "x");
    private final Reader team = new Reader("t", List.of(owner), List.of(), false, List.of());
    private final Reader analyst = new Reader("a", List.of(), List.of(), true, List.of());
    private final Reader steward = new Reader("s", List.of(), List.of(new Region(north, "N")), false, List.of());
    private final List<LearningRows.Version> versions = List.of(version(1, REGION, "v1"), version(2, NATION, "v2"));
    private final List<LearningRows.Endorsement> endorsements = List.of(
            new LearningRows.Endorsement("s", north, REGION, "regional", Instant.EPOCH),
            new LearningRows.Endorsement("o", north, NATION, "national", Instant.EPOCH));
    private final List<LearningRows.Invitation> invitations = List.of(
            new LearningRows.Invitation("s", north, NATION, Instant.EPOCH),
            new LearningRows.Invitation("other", north, NATION, Instant.EPOCH));

    @Test
    void givenAnalyst_whenViewingANationalLearning_thenOnlyNationalVersionsAndEndorsementsAndNothingPrivate() {
        LearningDetail seen = LearningViews.detail(analyst, learning(NATION, false), versions, endorsements, invitations)
                .orElseThrow();
        assertThat(seen.versions()).extracting(LearningDetail.Version::version).containsExactly(2);
        assertThat(seen.endorsements()).extracting(LearningDetail.Endorsement::note).containsExactly("national");
        assertThat(seen.draft()).isNull();
        assertThat(seen.invitations()).isNull();
        assertThat(seen.withdrawn()).isNull();
    }

    @Test
    void givenTheTeam_whenListing_thenItsDraftTitleAndWithdrawalFlagEvenAfterWithdrawal() {
        LearningSummary own = LearningViews.summary(team, learning(NATION, true), versions, endorsements).orElseThrow();
        assertThat(own.title()).isEqualTo("private draft");
        assertThat(own.withdrawn()).isTrue();
        assertThat(own.version()).isEqualTo(2);
        assertThat(LearningViews.summary(steward, learning(NATION, true), versions, endorsements)).isEmpty();
    }

    @Test
    void givenInvitingSteward_whenViewing_thenOnlyTheirOwnInvitation() {
        LearningDetail seen = LearningViews.detail(steward, learning(REGION, false), versions.subList(0, 1), endorsements,
                invitations).orElseThrow();
        assertThat(seen.invitations()).hasSize(1);
        assertThat(seen.draft()).isNull();
    }

    @Test
    void givenDraftNeverPublished_whenAnyoneButTheTeamAsks_thenNothing() {
        assertThat(LearningViews.detail(steward, learning(null, false), List.of(), List.of(), List.of())).isEmpty();
        assertThat(LearningViews.detail(team, learning(null, false), List.of(), List.of(), List.of())).isPresent();
    }

    @Test
    void givenNationalLearningTheIntakeStopped_whenAnyoneButTheTeamAsks_thenNothingAndTheTeamStillSeesIt() {
        LearningRows.Learning l = learning(NATION, false);
        LearningRows.Learning stopped = new LearningRows.Learning(l.id(), l.teamId(), l.teamName(), l.focus(),
                l.regionId(), l.tier(), false, null, null, l.draft(), true);
        assertThat(LearningViews.detail(analyst, stopped, versions, endorsements, invitations)).isEmpty();
        assertThat(LearningViews.summary(steward, stopped, versions, endorsements)).isEmpty();
        assertThat(LearningViews.detail(team, stopped, versions, endorsements, invitations)).isPresent();
    }

    private LearningRows.Learning learning(Tier tier, boolean withdrawn) {
        return new LearningRows.Learning(UUID.randomUUID(), owner.teamId(), "Owner", "x", north, tier, withdrawn,
                withdrawn ? Instant.EPOCH : null, withdrawn ? "why" : null, new LearningRows.Draft("private draft",
                        "s", "p", "c", List.of(), null, null, Instant.EPOCH));
    }

    private static LearningRows.Version version(int number, Tier tier, String title) {
        return new LearningRows.Version(number, tier, Instant.EPOCH.plusSeconds(number), title,
                new Snapshot(title, "s", "p", "c", List.of(), null, null));
    }
}
