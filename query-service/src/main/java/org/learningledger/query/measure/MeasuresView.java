package org.learningledger.query.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learningledger.query.runchart.ChartView;

/**
 * {@code GET /api/experiments/{id}/measures}: each measure of the experiment with its run chart, and
 * the experiment's own stages and observations as annotations on the days they happened. Erased
 * texts are null, and the measure says when and by whom.
 */
record MeasuresView(UUID experimentId, LocalDate startedOn, List<Measure> measures, List<Annotation> annotations) {

    record Measure(UUID measureId, String name, String unit, String better, String role, Instant definedAt,
                   Instant erasedAt, String erasedBy, ChartView chart) {
    }

    /**
     * {@code kind}: PROPOSED, STARTED, CONCLUDED or ABANDONED (a stage; {@code text} the decision), an
     * observation's kind (NOTE, MEASURE, CHILD_VOICE, FAMILY_VOICE, with its text), or REPHASED (a new
     * phase of {@code measureId}, with its reason).
     */
    record Annotation(LocalDate on, String kind, String text, UUID measureId) {
    }
}
