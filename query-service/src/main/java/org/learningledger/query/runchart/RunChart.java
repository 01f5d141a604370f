package org.learningledger.query.runchart;

import java.util.List;

/**
 * A drawn run chart: the points in chart order (by day observed, ties in record order), the phases with their
 * centre lines, and every signal the rules found, ordered by phase, then first day, then rule.
 */
public record RunChart(List<ChartPoint> points, List<Phase> phases, List<Signal> signals) {

    public RunChart {
        points = List.copyOf(points);
        phases = List.copyOf(phases);
        signals = List.copyOf(signals);
    }
}
