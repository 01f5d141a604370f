package org.learningledger.query.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.events.learning.Tier.NATION;
import static org.learningledger.events.learning.Tier.REGION;
import static org.learningledger.query.feed.FeedEntry.Kind.ENDORSED;
import static org.learningledger.query.feed.FeedEntry.Kind.LESSON;
import static org.learningledger.query.feed.FeedEntry.Kind.PUBLISHED;
import static org.learningledger.query.feed.FeedEntry.Kind.VALIDATED;
import static org.learningledger.query.feed.FeedEntry.Kind.WITHDRAWN;
import static org.learningledger.query.reader.Sight.FULL;
import static org.learningledger.query.reader.Sight.HIDDEN;
import static org.learningledger.query.reader.Sight.LINK;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.organisation.Region;
import org.learningledger.query.organisation.Team;
import org.learningledger.query.reader.Reader;

class FeedSightTest {

    private final UUID north = UUID.randomUUID();
    private final UUID south = UUID.randomUUID();
    private final Team owner = new Team(UUID.randomUUID(), "Owner", north, "x");
    private final Team validated = new Team(UUID.randomUUID(), "Validated", south, "x");
    private final Reader team = new Reader("t", List.of(owner), List.of(), false, List.of());
    private final Reader northSteward = new Reader("n", List.of(), List.of(new Region(north, "N")), false, List.of());
    private final Reader southSteward = new Reader("s", List.of(), List.of(new Region(south, "S")), false, List.of());
    private final Reader validatedTeam = new Reader("v", List.of(validated), List.of(), false, List.of());
    private final Reader admin = new Reader("a", List.of(), List.of(), false, List.of("admin"));

    @Test
    void givenRegionOnlyEntry_whenSent_thenOnlyTheRegionAndTheTeamGetIt() {
        FeedEntry entry = entry(PUBLISHED, REGION, null, false);
        assertThat(FeedSight.of(northSteward, entry)).isEqualTo(FULL);
        assertThat(FeedSight.of(team, entry)).isEqualTo(FULL);
        assertThat(FeedSight.of(southSteward, entry)).isEqualTo(HIDDEN);
        assertThat(FeedSight.of(admin, entry(PUBLISHED, NATION, null, false))).isEqualTo(HIDDEN);
    }

    @Test
    void givenLearningWithdrawnSinceTheEntry_whenSent_thenOutsidersGetOnlyTheWithdrawalAndTheTeamEverything() {
        for (FeedEntry.Kind kind : List.of(PUBLISHED, ENDORSED, VALIDATED)) {
            assertThat(FeedSight.of(southSteward, entry(kind, NATION, null, true))).isEqualTo(HIDDEN);
            assertThat(FeedSight.of(team, entry(kind, NATION, null, true))).isEqualTo(FULL);
        }
        assertThat(FeedSight.of(southSteward, entry(WITHDRAWN, NATION, null, true))).isEqualTo(FULL);
        assertThat(FeedSight.of(southSteward, entry(WITHDRAWN, REGION, null, true))).isEqualTo(HIDDEN);
    }

    @Test
    void givenValidationAtATierTheValidatedTeamDoesNotSee_whenSent_thenItGetsTheLinkOnly() {
        assertThat(FeedSight.of(validatedTeam, entry(VALIDATED, REGION, validated.teamId(), false))).isEqualTo(LINK);
        assertThat(FeedSight.of(validatedTeam, entry(VALIDATED, REGION, validated.teamId(), true))).isEqualTo(HIDDEN);
        assertThat(FeedSight.of(validatedTeam, entry(WITHDRAWN, REGION, validated.teamId(), true))).isEqualTo(FULL);
        assertThat(FeedSight.of(southSteward, entry(VALIDATED, REGION, validated.teamId(), false))).isEqualTo(HIDDEN);
    }

    @Test
    void givenLearningTheIntakeStopped_whenAnyEntryOfItIsSent_thenOnlyTheTeamGetsIt() { // of a team: a challenge too
        for (FeedEntry.Kind kind : EnumSet.complementOf(EnumSet.of(LESSON, FeedEntry.Kind.CASE_REVIEW))) {
            FeedEntry stopped = new FeedEntry(1, kind, UUID.randomUUID(), owner.teamId(), north, "x", NATION,
                    validated.teamId(), false, "{\"snapshot\":{}}", true);
            assertThat(FeedSight.of(team, stopped)).isEqualTo(FULL);
            for (Reader outsider : List.of(northSteward, southSteward, validatedTeam, admin)) {
                assertThat(FeedSight.of(outsider, stopped)).as("%s of %s", kind, outsider.userId()).isEqualTo(HIDDEN);
            }
        }
    }

    @Test
    void givenLessonAtRegion_whenSent_thenTheRegionsTeamsStewardsAndReviewersGetItAndNobodyElse() {
        FeedEntry lesson = lesson(REGION, false);
        Reader northReviewer = new Reader("r", List.of(), List.of(), List.of(north), false, List.of());
        Reader southReviewer = new Reader("q", List.of(), List.of(), List.of(south), false, List.of());
        assertThat(List.of(team, northSteward, northReviewer)).allMatch(r -> FeedSight.of(r, lesson) == FULL);
        assertThat(List.of(southSteward, validatedTeam, southReviewer, admin))
                .allMatch(r -> FeedSight.of(r, lesson) == HIDDEN);
        assertThat(FeedSight.of(southReviewer, lesson(NATION, false))).isEqualTo(FULL);
        assertThat(FeedSight.of(validatedTeam, lesson(NATION, false))).isEqualTo(FULL);
        assertThat(FeedSight.of(admin, lesson(NATION, false))).isEqualTo(HIDDEN);
    }

    @Test
    void givenLessonTheIntakeStopped_whenSent_thenNobodyGetsIt() {
        Reader northReviewer = new Reader("r", List.of(), List.of(), List.of(north), false, List.of());
        assertThat(List.of(team, northSteward, northReviewer, validatedTeam))
                .allMatch(r -> FeedSight.of(r, lesson(NATION, true)) == HIDDEN);
    }

    /** A lesson's entry: no learning, no team, no focus; its region and tier. */
    private FeedEntry lesson(Tier tier, boolean stopped) {
        return new FeedEntry(1, LESSON, null, null, north, null, tier, null, false, "{\"title\":\"t\"}", stopped);
    }

    private FeedEntry entry(FeedEntry.Kind kind, Tier tier, UUID validatedTeam, boolean withdrawn) {
        return new FeedEntry(1, kind, UUID.randomUUID(), owner.teamId(), north, "x", tier, validatedTeam, withdrawn,
                "{\"snapshot\":{}}");
    }
}
