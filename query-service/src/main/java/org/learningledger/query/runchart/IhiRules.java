package org.learningledger.query.runchart;

import java.util.ArrayList;
import java.util.List;

/**
 * The IHI run chart rules (Perla, Provost and Murray, BMJ Qual Saf 2011;20:46–51; Provost and Murray, The Health
 * Care Data Guide, 2011): shift, trend, and too few or too many runs. The astronomical point is {@link Astronomical}.
 */
final class IhiRules {

    private IhiRules() {
    }

    /** Each run of 6 or more useful points on one side of the median is a shift (median points were skipped). */
    static List<Signal> shifts(PhaseView phase) {
        List<Signal> signals = new ArrayList<>();
        for (PhaseView.Run run : phase.runs()) {
            if (run.points().size() >= RuleLimits.SHIFT_AT_LEAST) {
                signals.add(phase.signal(Rule.SHIFT, RuleSet.IHI, run.points(), run.side(), run.points().size()));
            }
        }
        return signals;
    }

    /**
     * Each maximal stretch of 5 or more points all rising or all falling is a trend. A point equal to its
     * predecessor neither breaks nor counts, so it is dropped first; a turning point ends one stretch and starts
     * the next. All the phase's points take part, those on the median too: the rule reads the values, not the sides.
     */
    static List<Signal> trends(PhaseView phase) {
        List<ChartPoint> kept = new ArrayList<>();
        for (ChartPoint point : phase.points()) {
            if (kept.isEmpty() || point.value().compareTo(kept.get(kept.size() - 1).value()) != 0) {
                kept.add(point);
            }
        }
        List<Signal> signals = new ArrayList<>();
        int start = 0;
        while (start + 1 < kept.size()) {
            int way = kept.get(start + 1).value().compareTo(kept.get(start).value());
            int end = start + 1;
            while (end + 1 < kept.size() && kept.get(end + 1).value().compareTo(kept.get(end).value()) == way) {
                end++;
            }
            List<ChartPoint> stretch = kept.subList(start, end + 1);
            if (stretch.size() >= RuleLimits.TREND_AT_LEAST) {
                Direction direction = way > 0 ? Direction.RISING : Direction.FALLING;
                signals.add(phase.signal(Rule.TREND, RuleSet.IHI, List.copyOf(stretch), direction, stretch.size()));
            }
            start = end;
        }
        return signals;
    }

    /** Too few or too many runs for the number of useful points; no direction, so no better or worse. */
    static List<Signal> runs(PhaseView phase, Limits limits) {
        int runs = limits.runs();
        if (runs < limits.runsAtLeast()) {
            return List.of(phase.signal(Rule.TOO_FEW_RUNS, RuleSet.IHI, phase.useful(), Direction.NONE, runs));
        }
        if (runs > limits.runsAtMost()) {
            return List.of(phase.signal(Rule.TOO_MANY_RUNS, RuleSet.IHI, phase.useful(), Direction.NONE, runs));
        }
        return List.of();
    }
}
