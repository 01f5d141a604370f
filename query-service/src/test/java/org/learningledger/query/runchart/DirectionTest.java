package org.learningledger.query.runchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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

class DirectionTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    // After the baseline's last point (12, above): eight more above, then two below.
    private static final List<ChartPoint> NINE_ABOVE = daily(MARCH_1,
            join(AROUND_TEN, new String[] {"11", "13", "11", "13", "11", "13", "11", "13", "9", "8"}));

    @Test
    void givenARunAboveTheMedian_whenMoreIsBetter_thenTheShiftAndTheLongRunAreBetter() {
        RunChart chart = notStarted(Better.UP, NINE_ABOVE);

        assertThat(signals(chart, Rule.SHIFT)).singleElement().satisfies(s -> {
            assertThat(s.direction()).isEqualTo(Direction.ABOVE);
            assertThat(s.better()).isTrue();
        });
        assertThat(signals(chart, Rule.LONGEST_RUN)).singleElement().satisfies(s -> {
            assertThat(s.ruleSet()).isEqualTo(RuleSet.ANHOJ);
            assertThat(s.points()).isEqualTo(ids(10, 11, 12, 13, 14, 15, 16, 17, 18));
            assertThat(s.direction()).isEqualTo(Direction.ABOVE);
            assertThat(s.better()).isTrue();
        });
    }

    @Test
    void givenTheSameRun_whenLessIsBetter_thenBothAreWorse() {
        RunChart chart = notStarted(Better.DOWN, NINE_ABOVE);

        assertThat(signals(chart, Rule.SHIFT)).extracting(Signal::better).containsExactly(false);
        assertThat(signals(chart, Rule.LONGEST_RUN)).extracting(Signal::better).containsExactly(false);
    }

    @Test
    void givenAPointFarBelow_whenLessIsBetter_thenAnAstronomicalPointInTheBetterDirection() {
        RunChart down = notStarted(Better.DOWN, daily(MARCH_1, join(AROUND_TEN, new String[] {"9", "0", "11"})));
        RunChart up = notStarted(Better.UP, daily(MARCH_1, join(AROUND_TEN, new String[] {"9", "0", "11"})));

        assertThat(signals(down, Rule.ASTRONOMICAL)).singleElement().satisfies(s -> {
            assertThat(s.direction()).isEqualTo(Direction.BELOW);
            assertThat(s.better()).isTrue();
        });
        assertThat(signals(up, Rule.ASTRONOMICAL)).extracting(Signal::better).containsExactly(false);
    }

    @Test
    void givenARisingTrend_whenLessIsBetter_thenWorse() {
        RunChart chart = notStarted(Better.DOWN,
                daily(MARCH_1, join(AROUND_TEN, new String[] {"7", "8", "9", "11", "13", "9"})));

        assertThat(signals(chart, Rule.TREND)).extracting(Signal::direction, Signal::better)
                .containsExactly(tuple(Direction.RISING, false));
    }
}
