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
}
