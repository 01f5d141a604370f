package org.learningledger.query.runchart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The IHI astronomical point, made operational as an individuals (XmR) chart does (Wheeler): a point beyond the
 * median ± 2.66 × the baseline's mean moving range, i.e. beyond 3 sigma with sigma estimated as mean moving range /
 * 1.128. The band is centred on the chart's median, the line people see, not on the mean; the moving ranges are
 * those between consecutive baseline points in chart order. A baseline of one point, or one with no spread at all,
 * gives nothing to judge by, so no point is called astronomical then. One signal per point beyond the band.
 */
final class Astronomical {

    private static final BigDecimal FACTOR = new BigDecimal("2.66");

    /** The band around the median; judged exactly (|x − median| × ranges > 2.66 × Σ moving ranges), shown rounded. */
    record Band(BigDecimal median, BigDecimal rangeSum, int ranges, BigDecimal below, BigDecimal above) {

        boolean beyond(ChartPoint point) {
            BigDecimal distance = point.value().subtract(median).abs();
            return distance.multiply(BigDecimal.valueOf(ranges)).compareTo(FACTOR.multiply(rangeSum)) > 0;
        }
    }

    private Astronomical() {
    }

    /** The band, or null when the baseline has fewer than two points or no spread. */
    static Band band(List<ChartPoint> baseline, BigDecimal median) {
        if (baseline.size() < 2) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int scale = 0;
        for (int i = 1; i < baseline.size(); i++) {
            sum = sum.add(baseline.get(i).value().subtract(baseline.get(i - 1).value()).abs());
        }
        for (ChartPoint point : baseline) {
            scale = Math.max(scale, point.value().scale());
        }
        if (sum.signum() == 0) {
            return null;
        }
        int ranges = baseline.size() - 1;
        BigDecimal width = FACTOR.multiply(sum).divide(BigDecimal.valueOf(ranges), scale + 2, RoundingMode.HALF_UP);
        return new Band(median, sum, ranges, median.subtract(width), median.add(width));
    }

    static List<Signal> signals(PhaseView phase, Band band) {
        List<Signal> signals = new ArrayList<>();
        if (band == null) {
            return signals;
        }
        for (ChartPoint point : phase.points()) {
            if (band.beyond(point)) {
                signals.add(phase.signal(Rule.ASTRONOMICAL, RuleSet.IHI, List.of(point), phase.side(point), 1));
            }
        }
        return signals;
    }
}
