package org.learningledger.query.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.learningledger.events.LedgerCalendar;
import org.learningledger.events.experiment.Better;
import org.learningledger.query.runchart.ChartView;

/** Turns an experiment's measure rows into its charts and annotations: pure, so a test can read it. */
final class MeasureCharts {

    private MeasureCharts() {
    }

    static MeasuresView of(MeasureRows rows, Locale locale) {
        LocalDate startedOn = rows.experiment().startedOn();
        List<MeasuresView.Measure> measures = new ArrayList<>();
        for (MeasureRows.Measure m : rows.measures()) {
            List<ChartView.Source> sources = rows.points().stream().filter(p -> p.measureId().equals(m.measureId()))
                    .map(p -> new ChartView.Source(p.pointId(), p.observedOn(), p.value(), p.note(),
                            p.correctedAt() != null)).toList();
            Map<LocalDate, String> reasons = new LinkedHashMap<>();
            rows.phases().stream().filter(p -> p.measureId().equals(m.measureId()))
                    .forEach(p -> reasons.put(p.from(), p.reason()));
            ChartView chart = ChartView.of(sources, startedOn, reasons, List.copyOf(reasons.keySet()),
                    Better.valueOf(m.better()), locale);
            measures.add(new MeasuresView.Measure(m.measureId(), m.name(), m.unit(), m.better(), m.role(),
                    m.definedAt(), m.erasedAt(), m.erasedBy(), chart));
        }
        return new MeasuresView(rows.experiment().id(), startedOn, measures, annotations(rows));
    }

    /** The stages, each observation and each re-phase, by day. */
    private static List<MeasuresView.Annotation> annotations(MeasureRows rows) {
        MeasureRows.Frame e = rows.experiment();
        List<MeasuresView.Annotation> all = new ArrayList<>();
        all.add(new MeasuresView.Annotation(day(e.proposedAt()), "PROPOSED", null, null));
        if (e.startedOn() != null) {
            all.add(new MeasuresView.Annotation(e.startedOn(), "STARTED", null, null));
        }
        if (e.endedAt() != null) {
            all.add(new MeasuresView.Annotation(day(e.endedAt()), e.status(), e.decision(), null));
        }
        rows.notes().forEach(n -> all.add(new MeasuresView.Annotation(n.observedOn(), n.kind(), n.text(), null)));
        rows.phases().forEach(p -> all.add(new MeasuresView.Annotation(p.from(), "REPHASED", p.reason(),
                p.measureId())));
        all.sort(Comparator.comparing(MeasuresView.Annotation::on));
        return all;
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LedgerCalendar.dateOf(at);
    }
}
