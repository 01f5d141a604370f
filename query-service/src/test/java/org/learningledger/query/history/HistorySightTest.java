package org.learningledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.organisation.Team;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;

class HistorySightTest {

    final UUID region = UUID.randomUUID();
    final UUID team = UUID.randomUUID();
    final Reader analyst = new Reader("ann", List.of(), List.of(), true, List.of());
    final Reader member = new Reader("alice", List.of(new Team(team, "A", region, "f")), List.of(), false, List.of());

    HistoryRow row(String kind, Tier tier, boolean withdrawn) {
        return new HistoryRow(1, Instant.EPOCH, kind, UUID.randomUUID(), UUID.randomUUID(), team, region, tier, 1,
                "t", null, null, "sven", null, null, "{}", withdrawn, null);
    }

    @Test
    void givenAnAnalyst_thenNationalContentOnlyAndOnlyTheFactOfAWithdrawal() {
        assertThat(HistorySight.of(analyst, row("published", Tier.NATION, false))).isEqualTo(Sight.FULL);
        assertThat(HistorySight.of(analyst, row("published", Tier.REGION, false))).isEqualTo(Sight.HIDDEN);
        assertThat(HistorySight.of(analyst, row("published", Tier.NATION, true))).isEqualTo(Sight.HIDDEN);
        assertThat(HistorySight.of(analyst, row("withdrawn", Tier.NATION, true))).isEqualTo(Sight.FACT);
        assertThat(HistorySight.of(analyst, row("drafted", null, false))).isEqualTo(Sight.HIDDEN);
    }

    @Test
    void givenTheOwningTeam_thenEverythingIncludingDraftsAndWithdrawnContent() {
        assertThat(HistorySight.of(member, row("drafted", null, false))).isEqualTo(Sight.FULL);
        assertThat(HistorySight.of(member, row("published", Tier.REGION, true))).isEqualTo(Sight.FULL);
    }

    @Test
    void givenAggregateTheIntakeStopped_thenOnlyTheOwningTeamGetsAnythingNotEvenTheFactOfAWithdrawal() {
        Reader sven = new Reader("sven", List.of(), List.of(), false, List.of());
        for (String kind : List.of("published", "validated", "endorsed", "withdrawn", "invited")) {
            HistoryRow stopped = new HistoryRow(1, Instant.EPOCH, kind, UUID.randomUUID(), UUID.randomUUID(), team,
                    region, Tier.NATION, 1, "t", null, null, "sven", null, null, "{}", false, team, true);
            assertThat(HistorySight.of(member, stopped)).isEqualTo(Sight.FULL);
            assertThat(HistorySight.of(analyst, stopped)).as(kind).isEqualTo(Sight.HIDDEN);
            assertThat(HistorySight.of(sven, stopped)).as(kind).isEqualTo(Sight.HIDDEN);
        }
    }

    @Test
    void givenAnInvitation_thenOnlyTheTeamAndTheInvitingSteward() {
        Reader sven = new Reader("sven", List.of(), List.of(), false, List.of());
        assertThat(HistorySight.of(sven, row("invited", null, false))).isEqualTo(Sight.FACT);
        assertThat(HistorySight.of(analyst, row("invited", null, false))).isEqualTo(Sight.HIDDEN);
    }

    @Test
    void givenWithdrawalOfAValidationOfTheReadersLearning_thenTheFactAsInTheFeedNotTheReason() {
        UUID south = UUID.randomUUID();
        UUID validated = UUID.randomUUID();
        Reader validatedTeam = new Reader("vic", List.of(new Team(validated, "V", south, "f")), List.of(), false,
                List.of());
        HistoryRow withdrawal = new HistoryRow(1, Instant.EPOCH, "withdrawn", UUID.randomUUID(), UUID.randomUUID(),
                team, region, Tier.REGION, null, null, null, null, null, null, null, "{\"reason\":\"r\"}", true,
                validated);
        HistoryRow validation = new HistoryRow(1, Instant.EPOCH, "validated", UUID.randomUUID(), UUID.randomUUID(),
                team, region, Tier.REGION, 1, "t", UUID.randomUUID(), "CONFIRMED", null, null, null, "{}", false,
                validated);
        assertThat(HistorySight.of(validatedTeam, withdrawal)).isEqualTo(Sight.FACT);
        assertThat(HistorySight.of(validatedTeam, validation)).isEqualTo(Sight.LINK);
        assertThat(HistorySight.of(analyst, withdrawal)).isEqualTo(Sight.HIDDEN);
    }

    /** An answer or outcome review is read at its challenge's tier, its raising team always. */
    @Test
    void givenAChallengesAnswerOrOutcomeReview_thenSeenAsItsRaise() {
        Reader stranger = new Reader("sam", List.of(), List.of(), false, List.of());
        for (String kind : List.of("challenge", "challenge-answered", "challenge-outcome-reviewed")) {
            assertThat(HistorySight.of(analyst, row(kind, Tier.NATION, false))).as(kind).isEqualTo(Sight.FULL);
            assertThat(HistorySight.of(analyst, row(kind, Tier.REGION, false))).as(kind).isEqualTo(Sight.HIDDEN);
            assertThat(HistorySight.of(member, row(kind, Tier.REGION, false))).as(kind).isEqualTo(Sight.FULL);
            assertThat(HistorySight.of(stranger, row(kind, Tier.NATION, false))).as(kind).isEqualTo(Sight.HIDDEN);
        }
    }

    @Test
    void givenAChallengesAnswer_whenExported_thenAChallengeLineWithItsAnswerAndNoExperiment() {
        HistoryRow answered = new HistoryRow(7, Instant.EPOCH, "challenge-answered", UUID.randomUUID(), null, team,
                region, Tier.NATION, null, null, null, "KEPT", null, null, "It protects children", "{}", false, null);

        var line = ExportLine.of(answered, Sight.FULL);

        assertThat(line.get("challenge_id")).isEqualTo(answered.aggregateId());
        assertThat(line.get("experiment_id")).isNull();
        assertThat(line.get("result")).isEqualTo("KEPT");
        assertThat(line.get("note")).isEqualTo("It protects children");
    }
}
