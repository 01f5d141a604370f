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

class TrendTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

    @Test
    void givenFiveRisingPointsWithARepeatedValue_whenCharted_thenATrendThatSkipsTheRepeat() {
        // After the baseline's last 12: 7, 8, 8, 9, 11, 13 — the second 8 neither breaks nor counts.
        RunChart chart = notStarted(Better.UP,
                daily(MARCH_1, join(AROUND_TEN, new String[] {"7", "8", "8", "9", "11", "13"})));

        assertThat(chart.signals()).hasSize(1);
        Signal trend = chart.signals().get(0);
        assertThat(trend.rule()).isEqualTo(Rule.TREND);
        assertThat(trend.points()).isEqualTo(ids(11, 12, 14, 15, 16));
        assertThat(trend.observed()).isEqualTo(5);
        assertThat(trend.direction()).isEqualTo(Direction.RISING);
        assertThat(trend.better()).isTrue();
        assertThat(trend.from()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(trend.to()).isEqualTo(LocalDate.of(2025, 3, 16));
    }

    @Test
    void givenFourRisingPointsAndATie_whenCharted_thenNoTrend() {
        RunChart chart = notStarted(Better.UP,
                daily(MARCH_1, join(AROUND_TEN, new String[] {"7", "8", "8", "9", "11", "9"})));

        assertThat(signals(chart, Rule.TREND)).isEmpty();
    }

    @Test
    void givenFallingPointsWhereLessIsBetter_whenCharted_thenAFallingTrendInTheBetterDirection() {
        RunChart chart = notStarted(Better.DOWN,
                daily(MARCH_1, join(AROUND_TEN, new String[] {"13", "11", "10", "9", "8", "12"})));

        List<Signal> trends = signals(chart, Rule.TREND);
        assertThat(trends).hasSize(1);
        assertThat(trends.get(0).direction()).isEqualTo(Direction.FALLING);
        assertThat(trends.get(0).better()).isTrue();
        // The point on the median (10) counts for a trend: the trend reads values, not sides.
        assertThat(trends.get(0).points()).isEqualTo(ids(11, 12, 13, 14, 15));
        assertThat(trends.get(0).ongoing()).isFalse();
    }

    @Test
    void givenARiseThenAFall_whenCharted_thenTwoTrendsSharingTheTurningPoint() {
        RunChart chart = notStarted(Better.UP, daily(MARCH_1,
                join(AROUND_TEN, new String[] {"7", "9", "11", "13", "15", "12", "10", "9", "6"})));

        List<Signal> trends = signals(chart, Rule.TREND);
        assertThat(trends).extracting(Signal::direction).containsExactly(Direction.RISING, Direction.FALLING);
        assertThat(trends.get(0).points()).isEqualTo(ids(11, 12, 13, 14, 15));
        assertThat(trends.get(1).points()).isEqualTo(ids(15, 16, 17, 18, 19));
        assertThat(trends).extracting(Signal::better).containsExactly(true, false);
    }
}
