package org.learningledger.query.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the measure tables hold of one experiment, as read in one snapshot. */
record MeasureRows(Frame experiment, List<Measure> measures, List<Point> points, List<Phase> phases,
                   List<Note> notes) {

    /** The experiment a chart is annotated with: its team, stages and dates. */
    record Frame(UUID id, UUID teamId, String status, String decision, Instant proposedAt, LocalDate startedOn,
                 Instant endedAt) {
    }

    record Measure(UUID measureId, String name, String unit, String better, String role, Instant definedAt,
                   Instant erasedAt, String erasedBy) {
    }

    /** A point's current value; in record order within its measure. */
    record Point(UUID measureId, UUID pointId, BigDecimal value, LocalDate observedOn, String note,
                 Instant recordedAt, Instant correctedAt, String correctionReason) {
    }

    record Phase(UUID measureId, LocalDate from, String reason) {
    }

    /** An observation of the experiment, shown on the charts as a note on its day. */
    record Note(LocalDate observedOn, String kind, String text) {
    }
}
