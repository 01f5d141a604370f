package org.learningledger.query.runchart;

import java.math.BigInteger;

/** Exact quantiles of Binomial(trials, ½), the count of heads in fair coin tosses, computed with whole numbers. */
final class Binomial {

    private Binomial() {
    }

    /**
     * R's {@code qbinom(p, trials, 0.5)} for p = numerator / denominator: the smallest c with P(X ≤ c) ≥ p.
     * Exact: P(X ≤ c) ≥ p is tested as denominator × Σ C(trials, i) ≥ numerator × 2^trials, so no rounding decides.
     */
    static int quantile(int trials, int numerator, int denominator) {
        if (trials < 0 || numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException(
                    "quantile of Binomial(" + trials + ", ½) at " + numerator + "/" + denominator);
        }
        BigInteger target = BigInteger.valueOf(numerator).shiftLeft(trials);
        BigInteger scale = BigInteger.valueOf(denominator);
        BigInteger choose = BigInteger.ONE; // C(trials, c), carried from one c to the next
        BigInteger cumulative = BigInteger.ZERO;
        for (int c = 0; c <= trials; c++) {
            if (c > 0) {
                choose = choose.multiply(BigInteger.valueOf(trials - c + 1)).divide(BigInteger.valueOf(c));
            }
            cumulative = cumulative.add(choose);
            if (cumulative.multiply(scale).compareTo(target) >= 0) {
                return c;
            }
        }
        return trials;
    }
}
