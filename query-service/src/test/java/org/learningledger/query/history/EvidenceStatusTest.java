package org.learningledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.learning.Tier;

class EvidenceStatusTest {

    static final UUID ORIGINAL = UUID.randomUUID();

    static HistoryRow validation(long position, UUID team, UUID region, String result) {
        return new HistoryRow(position, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(86_400 * position),
                "validated", UUID.randomUUID(), UUID.randomUUID(), team, region, Tier.NATION, 1, "t", ORIGINAL,
                result, null, null, null, "{}", false, null);
    }

    @Test
    void givenNoVisibleValidation_thenNothingTried() {
        assertThat(EvidenceStatus.of(List.of())).isEqualTo(new EvidenceStatus(0, 0, 0, 0, 0));
    }

    @Test
    void givenValidationsByThreeTeamsInTwoRegions_thenEachResultCountedOncePerTeam() {
        UUID north = UUID.randomUUID();
        UUID south = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        assertThat(EvidenceStatus.of(List.of(validation(1, a, north, "CONFIRMED"),
                validation(2, b, south, "CONFIRMED_WITH_ADAPTATION"), validation(3, c, south, "NOT_CONFIRMED_HERE"))))
                .isEqualTo(new EvidenceStatus(3, 1, 1, 1, 2));
    }

    @Test
    void givenATeamThatValidatedTwice_thenItsLatestResultCounts() {
        UUID team = UUID.randomUUID();
        UUID region = UUID.randomUUID();
        assertThat(EvidenceStatus.of(List.of(validation(5, team, region, "NOT_CONFIRMED_HERE"),
                validation(2, team, region, "CONFIRMED")))).isEqualTo(new EvidenceStatus(1, 0, 0, 1, 1));
    }
}
