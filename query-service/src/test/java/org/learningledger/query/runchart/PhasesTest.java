package org.learningledger.query.runchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.query.runchart.Charts.AROUND_TEN;
import static org.learningledger.query.runchart.Charts.daily;
import static org.learningledger.query.runchart.Charts.id;
import static org.learningledger.query.runchart.Charts.ids;
import static org.learningledger.query.runchart.Charts.join;
import static org.learningledger.query.runchart.Charts.notStarted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.Better;

class PhasesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    private static RunChart draw(List<ChartPoint> points, LocalDate startedOn, LocalDate... phasesFrom) {
        return RunCharts.draw(new ChartInput(points, startedOn, List.of(phasesFrom), Better.UP));
    }

    @Test
    void givenPointsRecordedOutOfOrder_whenCharted_thenByDayWithSameDayPointsInRecordOrder() {
        List<ChartPoint> recorded = List.of(new ChartPoint(id(1), JAN_1.plusDays(2), BigDecimal.ONE),
                new ChartPoint(id(2), JAN_1, BigDecimal.ONE), new ChartPoint(id(3), JAN_1.plusDays(2), BigDecimal.TEN),
                new ChartPoint(id(4), JAN_1.plusDays(1), BigDecimal.ONE));

        RunChart chart = draw(recorded, null);

        assertThat(chart.points()).extracting(ChartPoint::pointId).isEqualTo(ids(2, 4, 1, 3));
        assertThat(chart.phases().get(0).points()).isEqualTo(ids(2, 4, 1, 3));
    }

    @Test
    void givenARephaseDay_whenCharted_thenANewPhaseHoldsThePointsOnOrAfterItWithItsOwnBaseline() {
        List<ChartPoint> points = daily(JAN_1, join(AROUND_TEN, new String[] {"20", "22", "21", "23", "24"}));

        RunChart chart = draw(points, null, LocalDate.of(2025, 1, 11));

        assertThat(chart.phases()).hasSize(2);
        Phase first = chart.phases().get(0);
        Phase second = chart.phases().get(1);
        assertThat(first.points()).isEqualTo(ids(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertThat(first.frozen()).isTrue();
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.from()).isEqualTo(LocalDate.of(2025, 1, 11));
        assertThat(second.baseline()).isEqualTo(ids(11, 12, 13, 14, 15));
        assertThat(second.median()).isEqualByComparingTo("22");
        assertThat(second.frozen()).isFalse();
    }

    @Test
    void givenRephaseDaysBeforeTheFirstPointOnItOrRepeated_whenCharted_thenTheyStartNoPhase() {
        List<ChartPoint> points = daily(JAN_1, join(AROUND_TEN, new String[] {"20", "22"}));

        RunChart chart = draw(points, null, LocalDate.of(2025, 1, 11), LocalDate.of(2024, 12, 1), JAN_1,
                LocalDate.of(2025, 1, 11));

        assertThat(chart.phases()).extracting(Phase::from).containsExactly(JAN_1, LocalDate.of(2025, 1, 11));
    }

    @Test
    void givenARephaseAfterTheLatestPoint_whenCharted_thenAnEmptyPhaseWithNoMedianAndNoRules() {
        RunChart chart = draw(daily(JAN_1, AROUND_TEN), null, LocalDate.of(2025, 2, 1));

        Phase empty = chart.phases().get(1);
        assertThat(empty.points()).isEmpty();
        assertThat(empty.baseline()).isEmpty();
        assertThat(empty.median()).isNull();
        assertThat(empty.frozen()).isFalse();
        assertThat(empty.usefulPoints()).isZero();
        assertThat(empty.rulesApply()).isFalse();
        assertThat(empty.limits()).isNull();
    }

    @Test
    void givenTenBaselinePoints_whenFarHigherPointsFollow_thenTheFrozenMedianDoesNotMove() {
        RunChart ten = notStarted(Better.UP, daily(JAN_1, AROUND_TEN));
        RunChart more = notStarted(Better.UP, daily(JAN_1, join(AROUND_TEN, new String[] {"30", "31", "32", "33"})));

        assertThat(ten.phases().get(0).median()).isEqualByComparingTo("10");
        assertThat(more.phases().get(0).median()).isEqualByComparingTo("10");
        assertThat(more.phases().get(0).baseline()).isEqualTo(ids(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertThat(more.phases().get(0).frozen()).isTrue();
    }

    @Test
    void givenFewerThanTenPointsNotStarted_whenAPointIsAdded_thenTheMedianStillMoves() {
        RunChart seven = notStarted(Better.UP, daily(JAN_1, "1", "2", "3", "4", "5", "6", "7"));
        RunChart eight = notStarted(Better.UP, daily(JAN_1, "1", "2", "3", "4", "5", "6", "7", "100"));

        assertThat(seven.phases().get(0).median()).isEqualByComparingTo("4");
        assertThat(seven.phases().get(0).frozen()).isFalse();
        assertThat(eight.phases().get(0).median()).isEqualByComparingTo("4.5");
    }

    @Test
    void givenPointsBeforeTheStart_whenCharted_thenTheyAloneAreTheBaselineAndTheMedianIsFrozen() {
        List<ChartPoint> points = daily(JAN_1, "4", "6", "5", "7", "1", "1", "1", "1", "1", "1", "1", "1");

        Phase phase = draw(points, LocalDate.of(2025, 1, 5)).phases().get(0);

        assertThat(phase.baseline()).isEqualTo(ids(1, 2, 3, 4));
        assertThat(phase.median()).isEqualByComparingTo("5.5");
        assertThat(phase.frozen()).isTrue();
    }

    @Test
    void givenTwelvePointsBeforeTheStart_whenCharted_thenTheBaselineIsTheFirstTen() {
        List<ChartPoint> points = daily(JAN_1, join(AROUND_TEN, new String[] {"40", "50", "1"}));

        Phase phase = draw(points, LocalDate.of(2025, 1, 13)).phases().get(0);

        assertThat(phase.baseline()).isEqualTo(ids(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertThat(phase.median()).isEqualByComparingTo("10");
    }

    @Test
    void givenNoPointBeforeTheStart_whenCharted_thenTheFirstPointsAreTheBaselineFrozenOnlyAtTen() {
        LocalDate before = JAN_1.minusDays(1);

        Phase six = draw(daily(JAN_1, "1", "2", "3", "4", "5", "6"), before).phases().get(0);
        Phase ten = draw(daily(JAN_1, AROUND_TEN), before).phases().get(0);

        assertThat(six.baseline()).hasSize(6);
        assertThat(six.frozen()).isFalse();
        assertThat(six.median()).isEqualByComparingTo("3.5");
        assertThat(ten.frozen()).isTrue();
    }

    @Test
    void givenTheSamePointsRecordedInAnotherOrder_whenCharted_thenTheSameChart() {
        List<ChartPoint> points = daily(JAN_1, join(AROUND_TEN, new String[] {"7", "8", "9", "7", "8", "9", "25"}));
        List<ChartPoint> shuffled = new ArrayList<>(points);
        Collections.reverse(shuffled);

        RunChart once = draw(points, JAN_1.plusDays(4), LocalDate.of(2025, 1, 14));
        RunChart again = draw(shuffled, JAN_1.plusDays(4), LocalDate.of(2025, 1, 14));

        assertThat(again).isEqualTo(once);
        assertThat(draw(points, JAN_1.plusDays(4), LocalDate.of(2025, 1, 14))).isEqualTo(once);
    }
}
