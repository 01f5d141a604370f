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

class AstronomicalTest {

    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);

    @Test
    void givenAPointFarBeyondTheBaselinesSpread_whenCharted_thenOneAstronomicalSignalForThatPoint() {
        // Baseline moving ranges 4,3,2,3,4,3,2,3,4: mean 28/9; 2.66 × 28/9 = 8.2756; band 1.7244 to 18.2756.
        RunChart chart = notStarted(Better.UP, daily(MAY_1, join(AROUND_TEN, new String[] {"9", "25", "11"})));

        Limits limits = chart.phases().get(0).limits();
        assertThat(limits.astronomicalBelow()).isEqualByComparingTo("1.72");
        assertThat(limits.astronomicalAbove()).isEqualByComparingTo("18.28");
        List<Signal> far = signals(chart, Rule.ASTRONOMICAL);
        assertThat(far).hasSize(1);
        assertThat(far.get(0).points()).isEqualTo(ids(12));
        assertThat(far.get(0).from()).isEqualTo(far.get(0).to()).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(far.get(0).direction()).isEqualTo(Direction.ABOVE);
        assertThat(far.get(0).better()).isTrue();
    }

    @Test
    void givenAPointJustInsideTheBand_whenCharted_thenNotAstronomical() {
        RunChart chart = notStarted(Better.UP, daily(MAY_1, join(AROUND_TEN, new String[] {"9", "18.27", "11"})));

        assertThat(signals(chart, Rule.ASTRONOMICAL)).isEmpty();
    }

    @Test
    void givenABaselineWithNoSpread_whenCharted_thenNoPointIsAstronomicalAndTheBandIsAbsent() {
        String[] flat = {"10", "10", "10", "10", "10", "10", "10", "10", "10", "10"};
        String[] after = {"9", "11", "9", "11", "9", "11", "9", "11", "9", "40"};
        RunChart chart = notStarted(Better.UP, daily(MAY_1, join(flat, after)));

        Phase phase = chart.phases().get(0);
        assertThat(phase.rulesApply()).isTrue();
        assertThat(phase.limits().astronomicalAbove()).isNull();
        assertThat(phase.limits().astronomicalBelow()).isNull();
        assertThat(signals(chart, Rule.ASTRONOMICAL)).isEmpty();
    }
}
