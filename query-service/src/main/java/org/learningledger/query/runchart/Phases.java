package org.learningledger.query.runchart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Splitting a chart into phases and choosing each phase's baseline and centre line (defined in {@link RunCharts}). */
final class Phases {

    static final int BASELINE_AT_MOST = 10;

    private Phases() {
    }

    /** Points by day observed; the sort is stable, so points of one day stay in record order. */
    static List<ChartPoint> chartOrder(List<ChartPoint> recorded) {
        List<ChartPoint> ordered = new ArrayList<>(recorded);
        ordered.sort(Comparator.comparing(ChartPoint::observedOn));
        return ordered;
    }

    /**
     * Each phase's first day: the first point's day, then the distinct re-phase days after it. A re-phase on or
     * before the first point's day would start nothing new (phase 0 already starts there; the command side refuses
     * it), so it is ignored, as are duplicates.
     */
    static List<LocalDate> starts(LocalDate firstDay, List<LocalDate> phasesFrom) {
        List<LocalDate> starts = new ArrayList<>();
        starts.add(firstDay);
        for (LocalDate day : new TreeSet<>(phasesFrom)) {
            if (day.isAfter(firstDay)) {
                starts.add(day);
            }
        }
        return starts;
    }

    /** The points of each phase: those observed on or after its first day and before the next phase's. */
    static List<List<ChartPoint>> group(List<ChartPoint> ordered, List<LocalDate> starts) {
        List<List<ChartPoint>> phases = new ArrayList<>();
        starts.forEach(s -> phases.add(new ArrayList<>()));
        for (ChartPoint point : ordered) {
            int index = 0;
            while (index + 1 < starts.size() && !point.observedOn().isBefore(starts.get(index + 1))) {
                index++;
            }
            phases.get(index).add(point);
        }
        return phases;
    }

    /**
     * Phase 0: its points dated before the start (all its points when not started), at most the first 10; when
     * none are dated before the start, its first 10. Later phases: their first 10.
     */
    static List<ChartPoint> baseline(int index, List<ChartPoint> points, LocalDate startedOn) {
        List<ChartPoint> candidates = points;
        if (index == 0 && startedOn != null) {
            List<ChartPoint> before = points.stream().filter(p -> p.observedOn().isBefore(startedOn)).toList();
            if (!before.isEmpty()) {
                candidates = before;
            }
        }
        return List.copyOf(candidates.subList(0, Math.min(BASELINE_AT_MOST, candidates.size())));
    }

    /** Frozen: 10 baseline points exist, or (phase 0) the experiment started with baseline points before it. */
    static boolean frozen(int index, List<ChartPoint> baseline, LocalDate startedOn) {
        boolean startedWithBaseline = index == 0 && startedOn != null
                && baseline.stream().anyMatch(p -> p.observedOn().isBefore(startedOn));
        return startedWithBaseline || baseline.size() == BASELINE_AT_MOST;
    }

    /** The median: the middle value, or the mean of the two middle values (exact: halving always terminates). */
    static BigDecimal median(List<ChartPoint> baseline) {
        if (baseline.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = baseline.stream().map(ChartPoint::value).sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
    }
}
