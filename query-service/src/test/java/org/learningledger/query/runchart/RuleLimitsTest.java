package org.learningledger.query.runchart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleLimitsTest {

    /**
     * Anhøj J, Olesen AV. Run charts revisited: a simulation study of run chart rules for detection of non-random
     * variation in health care processes. PLoS ONE 2014;9(11):e113825, Table 1, as printed by the qicharts2
     * vignette ("Critical values for longest runs and number of crossings", n = 10…): upper limit for the longest
     * run and lower limit for the number of crossings. The longest-run column also matches unaettie.com's
     * "Critical values for run length in run chart" (n = 10–59). Written out here, not computed, so the
     * computation is checked against them.
     */
    private static final int[][] ANHOJ_PUBLISHED = {
        // n, longest run at most, crossings at least
        {10, 6, 2}, {11, 6, 2}, {12, 7, 3}, {13, 7, 3}, {14, 7, 4}, {15, 7, 4}, {16, 7, 4},
        {17, 7, 5}, {18, 7, 5}, {19, 7, 6}, {20, 7, 6}, {21, 7, 6}, {22, 7, 7}, {23, 8, 7},
        {24, 8, 8}, {25, 8, 8}, {26, 8, 8}, {27, 8, 9}, {28, 8, 9}, {29, 8, 10}, {30, 8, 10},
    };

    @Test
    void givenTenToThirtyUsefulPoints_whenTheAnhojLimitsAreComputed_thenTheyMatchThePublishedTable() {
        for (int[] row : ANHOJ_PUBLISHED) {
            assertThat(RuleLimits.longestRunAtMost(row[0])).as("longest run, n=%d", row[0]).isEqualTo(row[1]);
            assertThat(RuleLimits.crossingsAtLeast(row[0])).as("crossings, n=%d", row[0]).isEqualTo(row[2]);
        }
    }

    @Test
    void givenAnyUsefulCount_whenTheCrossingsLimitIsComputed_thenItIsTheFivePercentQuantileByDirectSums() {
        // An independent check in floating point: q is the smallest c with P(C ≤ c) ≥ 5 %, C ~ Binomial(n − 1, ½).
        for (int n = 10; n <= 120; n++) {
            int q = RuleLimits.crossingsAtLeast(n);
            assertThat(cdf(n - 1, q)).as("n=%d", n).isGreaterThanOrEqualTo(0.05);
            assertThat(cdf(n - 1, q - 1)).as("n=%d", n).isLessThan(0.05);
        }
    }

    @Test
    void givenAnyUsefulCount_whenTheRunsLimitsAreComputed_thenEachTailHoldsLessThanTwoAndAHalfPercent() {
        // The binomial rule: runs = crossings + 1; too few below runsAtLeast, too many above runsAtMost.
        for (int n = 10; n <= 120; n++) {
            int fewest = RuleLimits.runsAtLeast(n);
            int most = RuleLimits.runsAtMost(n);
            assertThat(cdf(n - 1, fewest - 2)).as("too few, n=%d", n).isLessThan(0.025);
            assertThat(cdf(n - 1, fewest - 1)).as("one more is not too few, n=%d", n).isGreaterThanOrEqualTo(0.025);
            assertThat(most).as("symmetric, n=%d", n).isEqualTo(n + 1 - fewest);
        }
    }

    @Test
    void givenSixteenUsefulPoints_whenTheRunsLimitsAreComputed_thenFiveToTwelveAsBalestraccisTableSays() {
        // Balestracci D. An underrated test for run charts. Quality Digest, October 2008, figure 2: for 16 points,
        // 5–12 runs are expected if the variation is only random.
        assertThat(RuleLimits.runsAtLeast(16)).isEqualTo(5);
        assertThat(RuleLimits.runsAtMost(16)).isEqualTo(12);
    }

    @Test
    void givenKnownQuantiles_whenComputedExactly_thenTheyMatchRsQbinom() {
        // qbinom(0.05, m, 0.5) in R for m = 9, 19, 22, 99, 199.
        assertThat(Binomial.quantile(9, 1, 20)).isEqualTo(2);
        assertThat(Binomial.quantile(19, 1, 20)).isEqualTo(6);
        assertThat(Binomial.quantile(22, 1, 20)).isEqualTo(7);
        assertThat(Binomial.quantile(99, 1, 20)).isEqualTo(41);
        assertThat(Binomial.quantile(199, 1, 20)).isEqualTo(88);
        assertThat(Binomial.quantile(0, 1, 20)).isZero();
    }

    private static double cdf(int trials, int c) {
        double p = 0;
        double term = Math.pow(0.5, trials); // C(trials, 0) / 2^trials
        for (int i = 0; i <= c; i++) {
            p += term;
            term = term * (trials - i) / (i + 1);
        }
        return p;
    }
}
