package org.learningledger.query.runchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.learningledger.query.runchart.Charts.daily;
import static org.learningledger.query.runchart.Charts.notStarted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.Better;

class EdgeCasesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    @Test
    void givenNinePointsRisingEveryTime_whenCharted_thenNoRuleIsJudgedAndTheNoteSaysWhy() {
        RunChart chart = notStarted(Better.UP, daily(JAN_1, "1", "2", "3", "4", "5", "6", "7", "8", "9"));

        Phase phase = chart.phases().get(0);
        assertThat(phase.usefulPoints()).isEqualTo(8); // the middle value is the median
        assertThat(phase.rulesApply()).isFalse();
        assertThat(phase.limits()).isNull();
        assertThat(chart.signals()).isEmpty(); // nine rising points, yet no trend: too few to judge
        assertThat(ChartWords.phaseNote(phase, Locale.ENGLISH)).isEqualTo("Median 5 from the 9 points so far; it may"
                + " still change until it is fixed. The rules need at least 10 points that are not on the median, so"
                + " none are judged yet (so far 8).");
        assertThat(ChartWords.summary(chart, Locale.ENGLISH)).isEqualTo("The rules need at least 10 points that are"
                + " not on the median, so none are judged yet (so far 8).");
    }

    @Test
    void givenTwelvePointsOfWhichThreeOnTheMedian_whenCharted_thenNineUsefulPointsAreTooFew() {
        RunChart chart = notStarted(Better.UP,
                daily(JAN_1, "5", "5", "5", "4", "6", "4", "6", "4", "6", "3", "7", "3"));

        Phase phase = chart.phases().get(0);
        assertThat(phase.median()).isEqualByComparingTo("5");
        assertThat(phase.usefulPoints()).isEqualTo(9);
        assertThat(phase.rulesApply()).isFalse();
        assertThat(chart.signals()).isEmpty();
    }

    @Test
    void givenAllPointsOnTheMedian_whenCharted_thenNoUsefulPointsAndTheWordsSaySo() {
        RunChart chart = notStarted(Better.DOWN,
                daily(JAN_1, "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5"));

        Phase phase = chart.phases().get(0);
        assertThat(phase.usefulPoints()).isZero();
        assertThat(phase.rulesApply()).isFalse();
        assertThat(chart.signals()).isEmpty();
        assertThat(ChartWords.phaseNote(phase, Locale.ENGLISH)).isEqualTo("Median 5, fixed from 10 baseline points."
                + " All 12 points lie on the median, so the rules have nothing to judge: they need at least 10 points"
                + " that are not on the median.");
        assertThat(ChartWords.summary(chart, Locale.forLanguageTag("cs"))).isEqualTo("Všech 12 bodů leží na mediánu,"
                + " takže pravidla nemají co posuzovat: potřebují aspoň 10 bodů, které na mediánu neleží.");
    }

    @Test
    void givenOnePoint_whenCharted_thenItIsTooFewPointsRatherThanAFlatMeasure() {
        RunChart chart = notStarted(Better.UP, daily(JAN_1, "3"));

        assertThat(chart.phases().get(0).median()).isEqualByComparingTo("3");
        assertThat(ChartWords.phaseNote(chart.phases().get(0), Locale.ENGLISH)).isEqualTo("Median 3 from the only"
                + " point so far; it may still change until it is fixed. The rules need at least 10 points that are"
                + " not on the median, so none are judged yet (so far 0).");
    }

    @Test
    void givenNoPoints_whenCharted_thenAnEmptyChartThatSaysSo() {
        RunChart chart = RunCharts.draw(new ChartInput(List.of(), null, List.of(JAN_1), Better.UP));

        assertThat(chart.points()).isEmpty();
        assertThat(chart.phases()).isEmpty();
        assertThat(chart.signals()).isEmpty();
        assertThat(ChartWords.summary(chart, Locale.ENGLISH)).isEqualTo("No points yet.");
        assertThat(ChartWords.summary(chart, Locale.forLanguageTag("cs"))).isEqualTo("Zatím žádné body.");
    }

    @Test
    void givenMissingParts_whenTheInputIsMade_thenNoPhasesIsNoneAndTheRestIsRefused() {
        assertThat(new ChartInput(List.of(), null, null, Better.UP).phasesFrom()).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> new ChartInput(List.of(), null, List.of(), null));
        List<ChartPoint> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatNullPointerException().isThrownBy(() -> new ChartInput(withNull, null, List.of(), Better.UP));
        assertThatNullPointerException().isThrownBy(() -> new ChartPoint(Charts.id(1), JAN_1, null));
    }
}
