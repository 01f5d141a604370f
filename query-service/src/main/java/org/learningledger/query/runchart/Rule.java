package org.learningledger.query.runchart;

/** A run chart rule that can fire; SHIFT, TREND, the runs rules and ASTRONOMICAL are IHI's, the last two Anhøj's. */
public enum Rule {
    SHIFT, TREND, TOO_FEW_RUNS, TOO_MANY_RUNS, ASTRONOMICAL, LONGEST_RUN, FEW_CROSSINGS
}
