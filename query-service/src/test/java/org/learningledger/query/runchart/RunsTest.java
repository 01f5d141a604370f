package org.learningledger.query.runchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.learningledger.query.runchart.Charts.daily;
import static org.learningledger.query.runchart.Charts.join;
import static org.learningledger.query.runchart.Charts.notStarted;
import static org.learningledger.query.runchart.Charts.signals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.Better;

class RunsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    private static String[] times(int n, String value) {
        return Collections.nCopies(n, value).toArray(String[]::new);
    }

    /**
     * Balestracci D. An underrated test for run charts. Quality Digest, October 2008: 16 monthly points in runs of
     * 7 above, 7 below, 1 above, 1 below the median give 4 runs where 5–12 are expected — too few, a signal. (The
     * article's run-length rule is 8; the IHI shift rule here is 6, so the two runs of 7 are shifts too.)
     * Judged on one phase with the article's median, since the median here comes from a 10-point baseline.
     */
    @Test
    void givenBalestraccisSixteenPoints_whenTheRunsAreJudged_thenFourRunsAreTooFew() {
        List<ChartPoint> points = daily(JAN_1, join(times(7, "11"), times(7, "9"), times(1, "11"), times(1, "9")));
        PhaseView phase = new PhaseView(0, points, BigDecimal.TEN, Better.DOWN, true);
        Limits limits = RunCharts.limits(phase, null);

        assertThat(limits.runs()).isEqualTo(4);
        assertThat(limits.runsAtLeast()).isEqualTo(5);
        assertThat(limits.runsAtMost()).isEqualTo(12);
        List<Signal> runs = IhiRules.runs(phase, limits);
        assertThat(runs).extracting(Signal::rule).containsExactly(Rule.TOO_FEW_RUNS);
        assertThat(runs.get(0).points()).hasSize(16);
        assertThat(runs.get(0).direction()).isEqualTo(Direction.NONE);
        assertThat(runs.get(0).better()).isNull();
        assertThat(IhiRules.shifts(phase)).hasSize(2);
        // Anhøj: 3 crossings where at least 4 are expected for 16 points; the longest run, 7, is not over 7.
        assertThat(AnhojRules.crossings(phase, limits)).extracting(Signal::rule).containsExactly(Rule.FEW_CROSSINGS);
        assertThat(AnhojRules.longRuns(phase, limits)).isEmpty();
    }

    @Test
    void givenPointsThatAlternateEveryTime_whenCharted_thenTooManyRuns() {
        RunChart chart = notStarted(Better.UP,
                daily(JAN_1, "9", "11", "9", "11", "9", "11", "9", "11", "9", "11", "9", "11"));

        Phase phase = chart.phases().get(0);
        assertThat(phase.limits().runs()).isEqualTo(12);
        assertThat(phase.limits().runsAtMost()).isEqualTo(10);
        assertThat(signals(chart, Rule.TOO_MANY_RUNS)).hasSize(1);
        assertThat(signals(chart, Rule.TOO_MANY_RUNS).get(0).better()).isNull();
        assertThat(signals(chart, Rule.FEW_CROSSINGS)).isEmpty();
    }

    @Test
    void givenFiveLowThenFiveHighBaselinePoints_whenCharted_thenTooFewRunsAndFewCrossingsWithNoDirection() {
        RunChart chart = notStarted(Better.UP, daily(JAN_1, "8", "9", "8", "9", "8", "11", "12", "11", "12", "11"));

        assertThat(chart.phases().get(0).median()).isEqualByComparingTo("10");
        assertThat(chart.signals()).extracting(Signal::rule, Signal::ruleSet)
                .containsExactly(tuple(Rule.TOO_FEW_RUNS, RuleSet.IHI),
                        tuple(Rule.FEW_CROSSINGS, RuleSet.ANHOJ));
        assertThat(chart.signals()).allSatisfy(s -> {
            assertThat(s.direction()).isEqualTo(Direction.NONE);
            assertThat(s.better()).isNull();
            assertThat(s.points()).hasSize(10);
        });
    }
}
