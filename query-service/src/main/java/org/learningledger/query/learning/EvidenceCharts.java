package org.learningledger.query.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.MeasureEvidence;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.query.runchart.ChartView;

/**
 * The run charts of a published snapshot's evidence, drawn from what the snapshot froze at
 * publishing (values, days, phase starts), by the rules that draw a team's live chart. A reader of the
 * learning sees them; the points' notes and why a phase began never left the team.
 */
final class EvidenceCharts {

    private EvidenceCharts() {
    }

    /** One measure of one cited experiment, with its chart. */
    record Chart(UUID experimentId, UUID measureId, String name, String unit, String better, String role,
                 LocalDate startedOn, ChartView chart) {
    }

    static List<Chart> of(Snapshot snapshot, Locale locale) {
        List<Chart> charts = new ArrayList<>();
        if (snapshot == null) {
            return charts;
        }
        for (Evidence evidence : snapshot.evidence()) {
            for (MeasureEvidence m : evidence.measures()) {
                if (m.better() == null) {
                    continue; // a snapshot that cannot say which way is better cannot be judged
                }
                List<ChartView.Source> sources = m.points().stream()
                        .map(p -> new ChartView.Source(p.pointId(), p.observedOn(), p.value(), null, null)).toList();
                charts.add(new Chart(evidence.experimentId(), m.measureId(), m.name(), m.unit(), m.better().name(),
                        m.role() == null ? null : m.role().name(), m.startedOn(),
                        ChartView.of(sources, m.startedOn(), Map.of(), m.phasesFrom(), m.better(), locale)));
            }
        }
        return charts;
    }
}
