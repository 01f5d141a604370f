package org.learningledger.query.runchart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.experiment.Better;

/**
 * A measure's run chart as readers get it: the points in chart order, each saying its phase and
 * whether it is baseline; each phase's frozen or provisional median; the signals as data and in
 * words. The same for a team's live measure and a published snapshot of it.
 */
public record ChartView(List<Point> points, List<Phase> phases, List<Signal> signals, String summary) {

    /** {@code note}, {@code corrected} and {@code recordedAt} are null in a published snapshot. */
    public record Point(UUID pointId, LocalDate observedOn, BigDecimal value, boolean baseline, int phase,
                        String note, Boolean corrected) {
    }

    public record Phase(int index, LocalDate from, String reason, BigDecimal median, boolean frozen,
                        int baselinePoints, int usefulPoints, boolean rulesApply, String note) {
    }

    public record Signal(String rule, String ruleSet, int phase, List<UUID> points, LocalDate from, LocalDate to,
                         String direction, Boolean better, String words) {
    }

    /** What the chart is drawn from: points in record order, with what only the team sees (or nulls). */
    public record Source(UUID pointId, LocalDate observedOn, BigDecimal value, String note, Boolean corrected) {
    }

    /** Draws the chart; {@code reasons} are the re-phase reasons by day (empty for a published snapshot). */
    public static ChartView of(List<Source> sources, LocalDate startedOn, Map<LocalDate, String> reasons,
            List<LocalDate> phasesFrom, Better better, Locale locale) {
        List<ChartPoint> input = sources.stream().map(s -> new ChartPoint(s.pointId(), s.observedOn(), s.value()))
                .toList();
        RunChart chart = RunCharts.draw(new ChartInput(input, startedOn, phasesFrom, better));
        Map<UUID, Source> byId = new HashMap<>();
        sources.forEach(s -> byId.put(s.pointId(), s));
        Map<UUID, Integer> phaseOf = new HashMap<>();
        Set<UUID> baseline = new HashSet<>();
        List<Phase> phases = new ArrayList<>();
        for (org.learningledger.query.runchart.Phase phase : chart.phases()) {
            phase.points().forEach(id -> phaseOf.put(id, phase.index()));
            baseline.addAll(phase.baseline());
            phases.add(new Phase(phase.index(), phase.from(), phase.index() == 0 ? null : reasons.get(phase.from()),
                    phase.median(), phase.frozen(), phase.baseline().size(), phase.usefulPoints(), phase.rulesApply(),
                    ChartWords.phaseNote(phase, locale)));
        }
        List<Point> points = chart.points().stream().map(p -> {
            Source source = byId.get(p.pointId());
            return new Point(p.pointId(), p.observedOn(), p.value(), baseline.contains(p.pointId()),
                    phaseOf.getOrDefault(p.pointId(), 0), source.note(), source.corrected());
        }).toList();
        List<Signal> signals = chart.signals().stream().map(s -> new Signal(s.rule().name(), s.ruleSet().name(),
                s.phase(), s.points(), s.from(), s.to(), s.direction().name(), s.better(),
                ChartWords.signal(s, locale))).toList();
        return new ChartView(points, phases, signals, ChartWords.summary(chart, locale));
    }
}
