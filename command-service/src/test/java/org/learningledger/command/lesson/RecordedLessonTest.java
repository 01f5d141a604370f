package org.learningledger.command.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.events.learning.Tier;

/** Which lessons a team reads as learnings at their tier, and so may build an experiment on. */
class RecordedLessonTest {

    static final UUID REGION = UUID.randomUUID();
    static final RegionId OWN = new RegionId(REGION);
    static final RegionId OTHER = new RegionId(UUID.randomUUID());

    static RecordedLesson lesson(Tier tier, boolean approved, boolean erased) {
        return new RecordedLesson(UUID.randomUUID(), REGION, tier, approved, erased);
    }

    @Test
    void givenApprovedNationalLesson_whenATeamOfAnyRegionAsks_thenVisible() {
        assertThat(lesson(Tier.NATION, true, false).visibleToTeamOf(OTHER)).isTrue();
        assertThat(lesson(Tier.NATION, true, false).visibleToTeamOf(null)).isTrue();
    }

    @Test
    void givenApprovedRegionalLesson_whenATeamOfItsRegionAsks_thenVisible_andElsewhereNot() {
        assertThat(lesson(Tier.REGION, true, false).visibleToTeamOf(OWN)).isTrue();
        assertThat(lesson(Tier.REGION, true, false).visibleToTeamOf(OTHER)).isFalse();
        assertThat(lesson(Tier.REGION, true, false).visibleToTeamOf(null)).isFalse();
    }

    @Test
    void givenDraftLesson_whenATeamAsks_thenNotVisible() {
        assertThat(lesson(Tier.NATION, false, false).visibleToTeamOf(OWN)).isFalse();
    }

    @Test
    void givenErasedLesson_whenATeamAsks_thenNotVisible() {
        assertThat(lesson(Tier.NATION, true, true).visibleToTeamOf(OWN)).isFalse();
    }
}
