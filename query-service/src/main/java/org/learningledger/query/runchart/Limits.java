package org.learningledger.query.runchart;

import java.math.BigDecimal;

/**
 * What a phase's rules were judged against: the counts seen and each rule set's limits for that many useful points.
 *
 * @param usefulPoints       n, the phase's points not on the median; every limit below depends on it
 * @param runs               runs: maximal stretches of useful points on one side of the median
 * @param crossings          times the line crosses the median (runs − 1)
 * @param longestRun         the longest run's length
 * @param runsAtLeast        IHI: fewer runs than this are too few (binomial rule, see {@link RunCharts})
 * @param runsAtMost         IHI: more runs than this are too many
 * @param longestRunAtMost   Anhøj: a run longer than this, round(log2(n) + 3), is a signal
 * @param crossingsAtLeast   Anhøj: fewer crossings than this, the 5 % quantile of Binomial(n − 1, ½), is a signal
 * @param astronomicalBelow  IHI: a point below this is astronomical; null when the baseline has no spread to judge by
 * @param astronomicalAbove  IHI: a point above this is astronomical; null likewise (shown rounded, judged exactly)
 */
public record Limits(int usefulPoints, int runs, int crossings, int longestRun, int runsAtLeast, int runsAtMost,
        int longestRunAtMost, int crossingsAtLeast, BigDecimal astronomicalBelow, BigDecimal astronomicalAbove) {
}
