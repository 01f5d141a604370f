package org.learningledger.command.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.lesson.RecordedLesson;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.events.learning.Tier;

/** Which learnings a team may build on or validate, decided on the learning as recorded and the team's region. */
class ValidationRulesTest {

    static final UUID TEAM = UUID.randomUUID();
    static final UUID OTHER_TEAM = UUID.randomUUID();
    static final UUID REGION = UUID.randomUUID();
    static final UUID LEARNING = UUID.randomUUID();

    static Optional<RecordedLearning> recorded(UUID team, UUID region, Tier tier, boolean withdrawn) {
        return Optional.of(new RecordedLearning(LEARNING, team, region, tier, withdrawn));
    }

    @Test
    void givenRegionalLearningOfTheTeamsRegion_whenBuiltOn_thenAllowed() {
        assertThatCode(() -> ValidationRules.mayBuildOn(TEAM, new RegionId(REGION), LEARNING,
                recorded(OTHER_TEAM, REGION, Tier.REGION, false), Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void givenTheTeamsOwnDraft_whenBuiltOn_thenAllowed() {
        assertThatCode(() -> ValidationRules.mayBuildOn(TEAM, new RegionId(REGION), LEARNING,
                recorded(TEAM, null, null, false), Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void givenRegionalLearningOfAnotherRegion_whenBuiltOn_thenRefusedNamingBasedOn() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> ValidationRules.mayBuildOn(TEAM,
                new RegionId(REGION), LEARNING, recorded(OTHER_TEAM, UUID.randomUUID(), Tier.REGION, false),
                Optional.empty()));
        assertThat(refused.field()).isEqualTo("basedOn");
        assertThat(refused.rule()).isEqualTo("visible-learning");
    }

    /** Facts about another learning than the one named prove nothing about it. */
    @Test
    void givenFactsOfAnotherLearning_whenBuiltOn_thenRefused() {
        assertThrows(FieldRuleViolation.class, () -> ValidationRules.mayBuildOn(TEAM, new RegionId(REGION),
                UUID.randomUUID(), recorded(OTHER_TEAM, REGION, Tier.NATION, false), Optional.empty()));
    }

    @Test
    void givenWithdrawnNationalLearning_whenValidated_thenRefusedNamingValidates() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> ValidationRules.mayValidate(
                UUID.randomUUID(), TEAM, new RegionId(REGION), LEARNING, recorded(OTHER_TEAM, REGION, Tier.NATION, true)));
        assertThat(refused.field()).isEqualTo("validates");
    }

    @Test
    void givenTheTeamsOwnPublishedLearning_whenValidated_thenRefused() {
        assertThrows(FieldRuleViolation.class, () -> ValidationRules.mayValidate(UUID.randomUUID(), TEAM,
                new RegionId(REGION), LEARNING, recorded(TEAM, REGION, Tier.NATION, false)));
    }

    @Test
    void givenAnotherTeamsNationalLearning_whenValidated_thenAllowed() {
        assertThatCode(() -> ValidationRules.mayValidate(UUID.randomUUID(), TEAM, new RegionId(REGION), LEARNING,
                recorded(OTHER_TEAM, UUID.randomUUID(), Tier.NATION, false))).doesNotThrowAnyException();
    }

    static final UUID LESSON = UUID.randomUUID();

    static Optional<RecordedLesson> lesson(UUID region, Tier tier, boolean approved, boolean erased) {
        return Optional.of(new RecordedLesson(LESSON, region, tier, approved, erased));
    }

    @Test
    void givenApprovedRegionalLessonOfTheTeamsRegion_whenBuiltOn_thenAllowed() {
        assertThatCode(() -> ValidationRules.mayBuildOn(TEAM, new RegionId(REGION), LESSON, Optional.empty(),
                lesson(REGION, Tier.REGION, true, false))).doesNotThrowAnyException();
    }

    @Test
    void givenApprovedNationalLessonOfAnotherRegion_whenBuiltOn_thenAllowed() {
        assertThatCode(() -> ValidationRules.mayBuildOn(TEAM, new RegionId(REGION), LESSON, Optional.empty(),
                lesson(UUID.randomUUID(), Tier.NATION, true, false))).doesNotThrowAnyException();
    }

    @Test
    void givenRegionalLessonOfAnotherRegion_whenBuiltOn_thenRefusedNamingLearningOrLesson() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> ValidationRules.mayBuildOn(TEAM,
                new RegionId(REGION), LESSON, Optional.empty(), lesson(UUID.randomUUID(), Tier.REGION, true, false)));
        assertThat(refused.field()).isEqualTo("basedOn");
        assertThat(refused.rule()).isEqualTo("visible-learning");
        assertThat(refused.getMessage()).isEqualTo("must name a learning, lesson or published case-review finding this team can see");
    }

    @Test
    void givenLessonDraft_whenBuiltOn_thenRefused() {
        assertThrows(FieldRuleViolation.class, () -> ValidationRules.mayBuildOn(TEAM, new RegionId(REGION), LESSON,
                Optional.empty(), lesson(REGION, Tier.NATION, false, false)));
    }

    @Test
    void givenErasedLesson_whenBuiltOn_thenRefused() {
        assertThrows(FieldRuleViolation.class, () -> ValidationRules.mayBuildOn(TEAM, new RegionId(REGION), LESSON,
                Optional.empty(), lesson(REGION, Tier.NATION, true, true)));
    }

    /** Facts about another lesson than the one named prove nothing about it. */
    @Test
    void givenFactsOfAnotherLesson_whenBuiltOn_thenRefused() {
        assertThrows(FieldRuleViolation.class, () -> ValidationRules.mayBuildOn(TEAM, new RegionId(REGION),
                UUID.randomUUID(), Optional.empty(), lesson(REGION, Tier.NATION, true, false)));
    }
}
