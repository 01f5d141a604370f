package org.learningledger.query.runchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.query.runchart.Charts.AROUND_TEN;
import static org.learningledger.query.runchart.Charts.daily;
import static org.learningledger.query.runchart.Charts.join;
import static org.learningledger.query.runchart.Charts.notStarted;
import static org.learningledger.query.runchart.Sentences.phase;
import static org.learningledger.query.runchart.Sentences.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.Better;

class ChartWordsTest {

    private static final Locale EN = Locale.ENGLISH;

    @Test
    void givenSixPointsBelowTheMedianSince3March_whenSaid_thenTheIssuesSentence() {
        RunChart chart = notStarted(Better.DOWN, daily(LocalDate.of(2025, 2, 21),
                join(AROUND_TEN, new String[] {"7", "8", "9", "7", "8", "9"})));

        assertThat(ChartWords.signal(chart.signals().get(0), EN))
                .isEqualTo("6 points below the median since 3 March: a shift in the better direction");
        assertThat(ChartWords.summary(chart, EN))
                .isEqualTo("1 signal — 6 points below the median since 3 March: a shift in the better direction.");
    }

    @Test
    void givenAShiftThatEnded_whenSaid_thenFromAndToDays() {
        assertThat(ChartWords.signal(signal(Rule.SHIFT, Direction.ABOVE, false, 6, 16, false), EN))
                .isEqualTo("6 points above the median from 3 March to 8 March: a shift in the worse direction");
    }

    @Test
    void givenEachOtherRule_whenSaid_thenPlainWordsWithTheLimitsForThatManyPoints() {
        assertThat(ChartWords.signal(signal(Rule.TREND, Direction.RISING, true, 5, 16, true), EN))
                .isEqualTo("5 points rising in a row since 3 March: a trend in the better direction");
        assertThat(ChartWords.signal(signal(Rule.ASTRONOMICAL, Direction.BELOW, false, 1, 13, false), EN))
                .isEqualTo("The point of 3 March lies far below the usual range: an unusually distant point in the"
                        + " worse direction");
        assertThat(ChartWords.signal(signal(Rule.LONGEST_RUN, Direction.ABOVE, true, 9, 20, true), EN))
                .isEqualTo("9 points in a row above the median since 3 March, where pure chance gives at most 7 in a"
                        + " row among 20 points: a shift in the better direction");
        assertThat(ChartWords.signal(signal(Rule.TOO_FEW_RUNS, Direction.NONE, null, 2, 10, true), EN))
                .isEqualTo("Only 2 stretches above and below the median, where pure chance gives 3 to 8 among 10"
                        + " points: the points stay on one side longer than chance would");
        assertThat(ChartWords.signal(signal(Rule.TOO_MANY_RUNS, Direction.NONE, null, 12, 12, true), EN))
                .isEqualTo("12 stretches above and below the median, where pure chance gives 3 to 10 among 12"
                        + " points: the points swing across the median more often than chance would, as when two"
                        + " different things are mixed in one measure");
    }

    @Test
    void givenFewCrossings_whenSaid_thenNeverOnceOrSoManyTimes() {
        String tail = ", where pure chance gives at least 2 crossings among 10 points: the points stay on one side"
                + " longer than chance would";
        assertThat(ChartWords.signal(signal(Rule.FEW_CROSSINGS, Direction.NONE, null, 0, 10, true), EN))
                .isEqualTo("The line never crosses the median" + tail);
        assertThat(ChartWords.signal(signal(Rule.FEW_CROSSINGS, Direction.NONE, null, 1, 10, true), EN))
                .isEqualTo("The line crosses the median only once" + tail);
        assertThat(ChartWords.signal(signal(Rule.FEW_CROSSINGS, Direction.NONE, null, 3, 22, true), EN))
                .startsWith("The line crosses the median only 3 times, where pure chance gives at least 7");
    }

    @Test
    void givenAChartWithoutSignalsWhereRulesApply_whenSummarised_thenChanceVariation() {
        RunChart chart = notStarted(Better.UP, daily(LocalDate.of(2025, 1, 1),
                join(AROUND_TEN, new String[] {"11", "13", "9", "8"})));

        assertThat(chart.signals()).isEmpty();
        assertThat(ChartWords.summary(chart, EN))
                .isEqualTo("No signal yet: the points vary around the median as chance would.");
        assertThat(ChartWords.phaseNote(chart.phases().get(0), EN)).isEqualTo("Median 10, fixed from 10 baseline"
                + " points. The rules are judged on the 14 points that are not on the median.");
    }

    @Test
    void givenSeveralSignalsAndANewEmptyPhase_whenSummarised_thenTheLatestPhaseAndTheEarlierCount() {
        Signal shift = signal(Rule.SHIFT, Direction.BELOW, true, 6, 16, false);
        Signal runs = signal(Rule.TOO_FEW_RUNS, Direction.NONE, null, 2, 16, false);
        Phase first = phase(16, 10, "10", true, 16);
        Phase empty = new Phase(1, LocalDate.of(2025, 5, 3), List.of(), List.of(), null, false, 0, false, null);

        // In chart order, as RunCharts lists them: same first day, so the shift (rule order) before the runs rule.
        assertThat(ChartWords.summary(new RunChart(List.of(), List.of(first), List.of(shift, runs)), EN))
                .isEqualTo("2 signals, the latest — 6 points below the median from 3 March to 8 March: a shift in"
                        + " the better direction.");
        assertThat(ChartWords.summary(new RunChart(List.of(), List.of(first, empty), List.of(shift, runs)), EN))
                .isEqualTo("The new phase from 3 May has no points yet. Earlier phases: 2 signals.");
        assertThat(ChartWords.phaseNote(empty, EN)).isEqualTo("No points in this phase yet.");
    }

    @Test
    void givenARunsRuleOverThePhaseAndAShiftEndingTheSameDay_whenSummarised_thenTheShiftIsTheLatest() {
        Signal shift = signal(Rule.SHIFT, Direction.BELOW, true, 6, 16, true);
        Signal runs = new Signal(Rule.TOO_FEW_RUNS, RuleSet.IHI, 0, List.of(Charts.id(1)), LocalDate.of(2025, 2, 1),
                Sentences.MARCH_8, Direction.NONE, null, 4, 16, true);
        Phase judged = phase(16, 10, "10", true, 16);

        assertThat(ChartWords.summary(new RunChart(List.of(), List.of(judged), List.of(runs, shift)), EN))
                .isEqualTo("2 signals, the latest — 6 points below the median since 3 March: a shift in the better"
                        + " direction.");
    }

    @Test
    void givenALanguageWithoutItsOwnWords_whenSaid_thenEnglish() {
        Signal shift = signal(Rule.SHIFT, Direction.BELOW, true, 6, 16, true);

        assertThat(ChartWords.signal(shift, Locale.GERMAN)).isEqualTo(ChartWords.signal(shift, EN));
        assertThat(ChartWords.signal(shift, null)).isEqualTo(ChartWords.signal(shift, EN));
        assertThat(ChartWords.phaseNote(phase(7, 7, "4.50", false, 6), Locale.UK)).startsWith("Median 4.5 from the 7");
    }
}
