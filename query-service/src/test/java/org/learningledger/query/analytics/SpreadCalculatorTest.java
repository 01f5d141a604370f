package org.learningledger.query.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.history.HistoryRow;
import org.learningledger.query.history.Sighted;
import org.learningledger.query.reader.Reader;

class SpreadCalculatorTest {

    final Reader analyst = new Reader("ann", List.of(), List.of(), true, List.of());
    final UUID north = UUID.randomUUID();
    final UUID south = UUID.randomUUID();
    final UUID original = UUID.randomUUID();

    HistoryRow publication(long day, UUID learning, UUID team, UUID region, UUID validates) {
        return new HistoryRow(day, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(86_400 * day),
                validates == null ? "published" : "validated", learning, learning, team, region, Tier.NATION, 1, "t",
                validates, validates == null ? null : "CONFIRMED", null, null, null, "{}", false, null);
    }

    @Test
    void givenValidationsInTwoRegions_thenCumulativeReachDaysToFirstAndFlows() {
        UUID teamA = UUID.randomUUID();
        Spread spread = SpreadCalculator.of(Sighted.of(analyst, List.of(
                publication(0, original, teamA, north, null),
                publication(2, original, teamA, north, original), // the team's own: not "elsewhere"
                publication(10, UUID.randomUUID(), UUID.randomUUID(), south, original),
                publication(40, UUID.randomUUID(), UUID.randomUUID(), north, original))));
        Spread.LearningReach reach = spread.learnings().stream()
                .filter(l -> l.learningId().equals(original)).findFirst().orElseThrow();
        assertThat(reach.daysToFirstValidation()).isEqualTo(10);
        assertThat(reach.reach()).extracting(Spread.ReachPoint::teams, Spread.ReachPoint::regions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 2));
        assertThat(spread.flows()).extracting(Spread.Flow::fromRegionId, Spread.Flow::toRegionId,
                Spread.Flow::validations).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(north, south, 1), org.assertj.core.groups.Tuple.tuple(north, north, 1));
    }

    @Test
    void givenDays_thenMedianAndBuckets() {
        Spread.TimeToFirstValidation t = SpreadCalculator.timeToFirst(List.of(3L, 10L, 50L, 200L));
        assertThat(t.medianDays()).isEqualTo(30.0);
        assertThat(t.buckets()).extracting(Spread.Bucket::learnings).containsExactly(1, 1, 1, 1);
        assertThat(SpreadCalculator.timeToFirst(List.of()).medianDays()).isNull();
    }
}
