package org.learningledger.query.runchart;

/**
 * The limits every rule is judged against, as pure functions of n, the phase's useful points (points not on the
 * median). The words use the same functions, so what is said always matches what was judged.
 */
final class RuleLimits {

    /** Rules apply to a phase only with at least this many useful points. */
    static final int MIN_USEFUL = 10;
    /** IHI shift: this many or more consecutive useful points on one side of the median. */
    static final int SHIFT_AT_LEAST = 6;
    /** IHI trend: this many or more consecutive points all rising or all falling. */
    static final int TREND_AT_LEAST = 5;

    private RuleLimits() {
    }

    /**
     * IHI too few runs: fewer runs than q + 1, where q = qbinom(0.025, n − 1, ½). Under chance each useful point
     * falls on either side with even odds, so the crossings (runs − 1) are Binomial(n − 1, ½); fewer than q of them
     * has probability below 2.5 %. This binomial rule stands in for the Perla et al. table (see {@link RunCharts}).
     */
    static int runsAtLeast(int n) {
        return lowTail(n) + 1;
    }

    /** IHI too many runs: more runs than n − q (the mirror image of {@link #runsAtLeast}: the other 2.5 % tail). */
    static int runsAtMost(int n) {
        return n - lowTail(n);
    }

    /** Anhøj longest run: a run longer than round(log2(n) + 3) signals (never a tie at .5 for whole n). */
    static int longestRunAtMost(int n) {
        return (int) Math.round(Math.log(n) / Math.log(2) + 3);
    }

    /** Anhøj crossings: fewer crossings than qbinom(0.05, n − 1, ½) signal. */
    static int crossingsAtLeast(int n) {
        return Binomial.quantile(n - 1, 1, 20);
    }

    private static int lowTail(int n) {
        return Binomial.quantile(n - 1, 1, 40);
    }
}
