package org.learningledger.command.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.command.FieldRuleViolation;
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
                recorded(OTHER_TEAM, REGION, Tier.REGION, false))).doesNotThrowAnyException();
    }

    @Test
    void givenTheTeamsOwnDraft_whenBuiltOn_thenAllowed() {
        assertThatCode(() -> ValidationRules.mayBuildOn(TEAM, new RegionId(REGION), LEARNING,
                recorded(TEAM, null, null, false))).doesNotThrowAnyException();
    }

    @Test
    void givenRegionalLearningOfAnotherRegion_whenBuiltOn_thenRefusedNamingBasedOn() {
        FieldRuleViolation refused = assertThrows(FieldRuleViolation.class, () -> ValidationRules.mayBuildOn(TEAM,
                new RegionId(REGION), LEARNING, recorded(OTHER_TEAM, UUID.randomUUID(), Tier.REGION, false)));
        assertThat(refused.field()).isEqualTo("basedOn");
        assertThat(refused.rule()).isEqualTo("visible-learning");
    }

    /** Facts about another learning than the one named prove nothing about it. */
    @Test
    void givenFactsOfAnotherLearning_whenBuiltOn_thenRefused() {
        assertThrows(FieldRuleViolation.class, () -> ValidationRules.mayBuildOn(TEAM, new RegionId(REGION),
                UUID.randomUUID(), recorded(OTHER_TEAM, REGION, Tier.NATION, false)));
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
}
