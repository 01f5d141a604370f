package org.learningledger.query.runchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.learningledger.query.runchart.Charts.AROUND_TEN;
import static org.learningledger.query.runchart.Charts.daily;
import static org.learningledger.query.runchart.Charts.join;
import static org.learningledger.query.runchart.Charts.notStarted;
import static org.learningledger.query.runchart.Charts.signals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningledger.events.experiment.Better;

class AnhojRulesTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

    @Test
    void givenARunOfNineAmongTwentyUsefulPoints_whenCharted_thenTheLongestRunRuleFiresAndTheLimitsSayWhy() {
        RunChart chart = notStarted(Better.UP, daily(MARCH_1,
                join(AROUND_TEN, new String[] {"11", "13", "11", "13", "11", "13", "11", "13", "9", "8"})));

        Limits limits = chart.phases().get(0).limits();
        assertThat(limits.usefulPoints()).isEqualTo(20);
        assertThat(limits.longestRun()).isEqualTo(9);
        assertThat(limits.longestRunAtMost()).isEqualTo(7);
        assertThat(limits.runs()).isEqualTo(11);
        assertThat(limits.crossings()).isEqualTo(10);
        assertThat(limits.crossingsAtLeast()).isEqualTo(6);
        assertThat(signals(chart, Rule.LONGEST_RUN)).extracting(Signal::observed, Signal::usefulPoints)
                .containsExactly(tuple(9, 20));
        assertThat(signals(chart, Rule.FEW_CROSSINGS)).isEmpty();
    }

    @Test
    void givenALongRunBelowThenOneAbove_whenCharted_thenEachIsReported() {
        String[] below = {"7", "8", "7", "8", "7", "8", "7", "8", "7"};
        String[] above = {"11", "13", "11", "13", "11", "13", "11", "13", "11"};
        RunChart chart = notStarted(Better.UP, daily(MARCH_1, join(AROUND_TEN, below, above)));

        List<Signal> longRuns = signals(chart, Rule.LONGEST_RUN);
        assertThat(chart.phases().get(0).limits().longestRunAtMost()).isEqualTo(8); // n = 28
        assertThat(longRuns).extracting(Signal::direction).containsExactly(Direction.BELOW, Direction.ABOVE);
        assertThat(longRuns).extracting(Signal::observed).containsExactly(9, 9);
        assertThat(longRuns).extracting(Signal::better).containsExactly(false, true);
    }
}
