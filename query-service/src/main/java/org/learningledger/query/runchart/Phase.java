package org.learningledger.query.runchart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One phase of a run chart: a stretch of points judged against one centre line (the median of its baseline).
 *
 * @param index        0 for the phase that starts with the first point, then 1, 2… for each re-phase
 * @param from         the first point's day (phase 0) or the re-phase day
 * @param points       the phase's points, in chart order
 * @param baseline     the points the median is taken from (a prefix of {@code points}, at most 10)
 * @param median       the centre line, extended over the whole phase; null when the phase has no points
 * @param frozen       true once the centre line no longer moves as points are added (see {@link RunCharts})
 * @param usefulPoints the phase's points not on its median
 * @param rulesApply   true with at least 10 useful points; otherwise no rule is judged in this phase
 * @param limits       what the rules were judged against; null when the rules do not apply
 */
public record Phase(int index, LocalDate from, List<UUID> points, List<UUID> baseline, BigDecimal median,
        boolean frozen, int usefulPoints, boolean rulesApply, Limits limits) {

    public Phase {
        points = List.copyOf(points);
        baseline = List.copyOf(baseline);
    }
}
