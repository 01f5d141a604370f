package org.learningledger.query.runchart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Draws a measure's run chart: pure and deterministic, the same input always giving the same chart.
 *
 * <p><b>Chart order.</b> Points by day observed; points of one day in record order.
 *
 * <p><b>Phases.</b> Phase 0 starts with the first point; each re-phase day starts a new phase holding the points
 * observed on or after it, until the next. Re-phase days on or before the first point's day, and repeats, are
 * ignored. A phase may be empty (a re-phase after the latest point): its median is null and no rule applies.
 *
 * <p><b>Baseline and centre line.</b> Phase 0's baseline is its points dated before the experiment's start (all its
 * points while not started), at most the first 10; when none are dated before the start, its first 10. A later
 * phase's baseline is its first 10 points. The median of the baseline is the centre line, extended over the whole
 * phase. It is <i>frozen</i> (stops moving as points come) in phase 0 once the experiment started with baseline
 * points before the start, and in any phase once 10 baseline points exist.
 *
 * <p><b>Useful points</b> are a phase's points not on its median. The rules apply to a phase only with at least 10
 * useful points; otherwise the phase has no signals (and its note says so).
 *
 * <p><b>IHI rules</b> (Perla, Provost and Murray, BMJ Qual Saf 2011;20:46–51; The Health Care Data Guide, 2011):
 * <ul>
 * <li>shift: 6 or more consecutive useful points on one side; points on the median neither break nor count;</li>
 * <li>trend: 5 or more consecutive points all rising or all falling; a point equal to its predecessor neither
 * breaks nor counts;</li>
 * <li>too few / too many runs, by the <i>binomial rule</i>, not Perla et al.'s Table 1: the crossings (runs − 1) of
 * n useful points are Binomial(n − 1, ½) under chance; with q = qbinom(0.025, n − 1, ½), fewer than q + 1 runs are
 * too few and more than n − q too many (5 %, two-sided). The table's values could not be found in a source that
 * could be checked with confidence, so the rule it approximates is used at every n (it also gives limits outside
 * the table's 10 to 60); for 16 useful points it gives 5 to 12 runs, as Balestracci's table does (Quality Digest,
 * October 2008);</li>
 * <li>astronomical point: beyond median ± 2.66 × the baseline's mean moving range (see {@link Astronomical}).</li>
 * </ul>
 *
 * <p><b>Anhøj rules</b> (Anhøj and Olesen, PLoS ONE 2014;9(11):e113825; qicharts2), n = useful points: a run longer
 * than round(log2(n) + 3); fewer crossings than qbinom(0.05, n − 1, ½), computed exactly ({@link Binomial}).
 *
 * <p><b>Better.</b> A signal above the median, rising, or an astronomical point above, is better when more is better
 * and worse when less is; below and falling the reverse. The runs and crossings rules have no direction (null).
 * Each separate shift, trend, long run or astronomical point is its own signal with the points it covers.
 */
public final class RunCharts {

    private RunCharts() {
    }

    public static RunChart draw(ChartInput input) {
        List<ChartPoint> ordered = Phases.chartOrder(input.points());
        if (ordered.isEmpty()) {
            return new RunChart(List.of(), List.of(), List.of());
        }
        List<LocalDate> starts = Phases.starts(ordered.get(0).observedOn(), input.phasesFrom());
        List<List<ChartPoint>> grouped = Phases.group(ordered, starts);
        List<Phase> phases = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        for (int index = 0; index < starts.size(); index++) {
            List<ChartPoint> points = grouped.get(index);
            List<ChartPoint> baseline = Phases.baseline(index, points, input.startedOn());
            BigDecimal median = Phases.median(baseline);
            PhaseView view = new PhaseView(index, points, median, input.better(), index == starts.size() - 1);
            boolean rulesApply = view.useful().size() >= RuleLimits.MIN_USEFUL;
            Limits limits = null;
            if (rulesApply) {
                Astronomical.Band band = Astronomical.band(baseline, median);
                limits = limits(view, band);
                signals.addAll(judge(view, limits, band));
            }
            phases.add(new Phase(index, starts.get(index), ids(points), ids(baseline), median,
                    Phases.frozen(index, baseline, input.startedOn()), view.useful().size(), rulesApply, limits));
        }
        signals.sort(Comparator.comparingInt(Signal::phase).thenComparing(Signal::from)
                .thenComparing(Signal::rule).thenComparing(Signal::ruleSet).thenComparing(Signal::to));
        return new RunChart(ordered, phases, signals);
    }

    private static List<Signal> judge(PhaseView view, Limits limits, Astronomical.Band band) {
        List<Signal> signals = new ArrayList<>();
        signals.addAll(IhiRules.shifts(view));
        signals.addAll(IhiRules.trends(view));
        signals.addAll(IhiRules.runs(view, limits));
        signals.addAll(Astronomical.signals(view, band));
        signals.addAll(AnhojRules.longRuns(view, limits));
        signals.addAll(AnhojRules.crossings(view, limits));
        return signals;
    }

    static Limits limits(PhaseView view, Astronomical.Band band) {
        int n = view.useful().size();
        return new Limits(n, view.runs().size(), view.crossings(), view.longestRun(), RuleLimits.runsAtLeast(n),
                RuleLimits.runsAtMost(n), RuleLimits.longestRunAtMost(n), RuleLimits.crossingsAtLeast(n),
                band == null ? null : band.below(), band == null ? null : band.above());
    }

    private static List<UUID> ids(List<ChartPoint> points) {
        return points.stream().map(ChartPoint::pointId).toList();
    }
}
