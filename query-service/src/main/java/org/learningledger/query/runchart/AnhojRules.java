package org.learningledger.query.runchart;

import java.util.ArrayList;
import java.util.List;

/**
 * The Anhøj rules (Anhøj and Olesen, "Run charts revisited", PLoS ONE 2014;9(11):e113825; as in qicharts2): an
 * unusually long run, or unusually few crossings of the median. Points on the median are excluded from both.
 */
final class AnhojRules {

    private AnhojRules() {
    }

    /**
     * Each run longer than round(log2(n) + 3) is reported, not only the longest, so a long run above followed by
     * one below (a change and a change back) names both.
     */
    static List<Signal> longRuns(PhaseView phase, Limits limits) {
        List<Signal> signals = new ArrayList<>();
        for (PhaseView.Run run : phase.runs()) {
            if (run.points().size() > limits.longestRunAtMost()) {
                signals.add(phase.signal(Rule.LONGEST_RUN, RuleSet.ANHOJ, run.points(), run.side(),
                        run.points().size()));
            }
        }
        return signals;
    }

    /** Fewer crossings than the 5 % quantile of Binomial(n − 1, ½); no direction. */
    static List<Signal> crossings(PhaseView phase, Limits limits) {
        if (limits.crossings() < limits.crossingsAtLeast()) {
            return List.of(phase.signal(Rule.FEW_CROSSINGS, RuleSet.ANHOJ, phase.useful(), Direction.NONE,
                    limits.crossings()));
        }
        return List.of();
    }
}
