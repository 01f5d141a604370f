package org.learningledger.query.runchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.query.runchart.Charts.AROUND_TEN;
import static org.learningledger.query.runchart.Charts.daily;
import static org.learningledger.query.runchart.Charts.ids;
import static org.learningledger.query.runchart.Charts.join;
import static org.learningledger.query.runchart.Charts.notStarted;
import static org.learningledger.query.runchart.Charts.signals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.Better;

class ShiftTest {

    private static final LocalDate FEB_21 = LocalDate.of(2025, 2, 21); // the 11th point falls on 3 March

    @Test
    void givenSixPointsBelowTheMedian_whenCharted_thenAShiftInTheBetterDirection() {
        RunChart chart = notStarted(Better.DOWN,
                daily(FEB_21, join(AROUND_TEN, new String[] {"7", "8", "9", "7", "8", "9"})));

        assertThat(chart.signals()).hasSize(1);
        Signal shift = chart.signals().get(0);
        assertThat(shift.rule()).isEqualTo(Rule.SHIFT);
        assertThat(shift.ruleSet()).isEqualTo(RuleSet.IHI);
        assertThat(shift.points()).isEqualTo(ids(11, 12, 13, 14, 15, 16));
        assertThat(shift.from()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(shift.to()).isEqualTo(LocalDate.of(2025, 3, 8));
        assertThat(shift.direction()).isEqualTo(Direction.BELOW);
        assertThat(shift.better()).isTrue();
        assertThat(shift.ongoing()).isTrue();
    }

    @Test
    void givenAPointOnTheMedianInsideTheRun_whenCharted_thenItNeitherBreaksNorCounts() {
        // 2 below, one on the median (10), 4 below: still one run of 6.
        RunChart chart = notStarted(Better.DOWN,
                daily(FEB_21, join(AROUND_TEN, new String[] {"7", "8", "10", "9", "7", "8", "9"})));

        List<Signal> shifts = signals(chart, Rule.SHIFT);
        assertThat(shifts).hasSize(1);
        assertThat(shifts.get(0).points()).isEqualTo(ids(11, 12, 14, 15, 16, 17)).doesNotContain(Charts.id(13));
        assertThat(shifts.get(0).observed()).isEqualTo(6);
        assertThat(shifts.get(0).to()).isEqualTo(LocalDate.of(2025, 3, 9));
    }

    @Test
    void givenAShiftFollowedOnlyByPointsOnTheMedian_whenCharted_thenItIsStillOngoing() {
        RunChart chart = notStarted(Better.DOWN,
                daily(FEB_21, join(AROUND_TEN, new String[] {"7", "8", "9", "7", "8", "9", "10", "10"})));

        assertThat(signals(chart, Rule.SHIFT)).singleElement().satisfies(s -> {
            assertThat(s.to()).isEqualTo(LocalDate.of(2025, 3, 8));
            assertThat(s.ongoing()).isTrue();
        });
    }

    @Test
    void givenAShiftInAnEarlierPhase_whenCharted_thenItIsOverOnceTheNextPhaseBegins() {
        List<ChartPoint> points = daily(FEB_21, join(AROUND_TEN, new String[] {"7", "8", "9", "7", "8", "9"}));

        RunChart chart = RunCharts.draw(new ChartInput(points, null, List.of(LocalDate.of(2025, 4, 1)), Better.DOWN));

        assertThat(signals(chart, Rule.SHIFT)).extracting(Signal::ongoing).containsExactly(false);
    }

    @Test
    void givenFiveBelowThenOneAbove_whenCharted_thenNoShift() {
        RunChart chart = notStarted(Better.DOWN,
                daily(FEB_21, join(AROUND_TEN, new String[] {"7", "8", "9", "7", "8", "12"})));

        assertThat(signals(chart, Rule.SHIFT)).isEmpty();
    }

    @Test
    void givenTwoSeparateShifts_whenCharted_thenEachIsItsOwnSignalAndOnlyTheLastIsOngoing() {
        RunChart chart = notStarted(Better.UP, daily(FEB_21, join(AROUND_TEN,
                new String[] {"7", "8", "9", "7", "8", "9"}, new String[] {"13", "11", "14", "11", "13", "11"})));

        List<Signal> shifts = signals(chart, Rule.SHIFT);
        assertThat(shifts).extracting(Signal::direction).containsExactly(Direction.BELOW, Direction.ABOVE);
        assertThat(shifts).extracting(Signal::better).containsExactly(false, true);
        assertThat(shifts).extracting(Signal::ongoing).containsExactly(false, true);
        assertThat(shifts.get(1).points()).isEqualTo(ids(17, 18, 19, 20, 21, 22));
    }
}
