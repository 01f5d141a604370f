package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.RuleViolation;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointRecorded;

/**
 * The rules of measures as pure decisions: how many an experiment may have, which days a point or a
 * phase may be dated, and when a request with a known id is a retry rather than a new fact.
 */
final class MeasureRules {

    /** A run chart is read beside its neighbours: more than a dozen measures is no longer a family of measures. */
    static final int MOST_MEASURES = 12;
    /** Data older than this is not the team's baseline; a date before it is a typing slip. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private MeasureRules() {
    }

    static void roomForMeasure(int defined) {
        if (defined >= MOST_MEASURES) {
            throw new RuleViolation("too-many-measures",
                    "The experiment already has " + MOST_MEASURES + " measures; it takes no more.");
        }
    }

    /** Same content is a retried request; other content under the id is a conflict. */
    static void sameDefinition(MeasureDefined earlier, MeasureDefined retry) {
        if (!earlier.equals(retry)) {
            throw idUsed("A measure with this id was already defined with different content.");
        }
    }

    /** A retry that leaves {@code observedOn} to its default may arrive on a later day: the date counts only when named. */
    static void samePoint(MeasurePointRecorded earlier, MeasurePointRecorded retry, boolean dateDefaulted) {
        boolean same = earlier.measureId().equals(retry.measureId()) && sameValue(earlier.value(), retry.value())
                && Objects.equals(earlier.note(), retry.note())
                && (dateDefaulted || earlier.observedOn().equals(retry.observedOn()));
        if (!same) {
            throw idUsed("A point with this id was already recorded with different content.");
        }
    }

    /** A correction that leaves the point as it stands changes nothing: a retried correction. */
    static boolean changesNothing(BigDecimal value, LocalDate observedOn, String note, BigDecimal newValue,
                                  LocalDate newObservedOn, String newNote) {
        return sameValue(value, newValue) && observedOn.equals(newObservedOn) && Objects.equals(note, newNote);
    }

    /** Baseline data may predate the experiment, even its proposal; never the future, never before 2000. */
    static void mayBeObservedOn(LocalDate observedOn, LocalDate today) {
        notInFuture("observedOn", observedOn, today);
        if (observedOn.isBefore(EARLIEST)) {
            throw new FieldRuleViolation("observedOn", "not-before-2000", "must not be before " + EARLIEST);
        }
    }

    static void notInFuture(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new FieldRuleViolation(field, "not-in-future", "must not be after today (" + today + ")");
        }
    }

    /**
     * A new phase ends the one before it, which must keep some data: it begins after the last phase
     * began and after the measure's earliest point ({@code lastFrom} and {@code earliest} null when none).
     */
    static void phaseOrder(LocalDate from, LocalDate lastFrom, LocalDate earliest) {
        if (earliest == null) {
            throw new RuleViolation("phase-order", "The measure has no points yet; a new phase needs points before it.");
        }
        if (!from.isAfter(earliest)) {
            throw new RuleViolation("phase-order",
                    "A new phase must begin after the measure's first point (" + earliest + ").");
        }
        if (lastFrom != null && !from.isAfter(lastFrom)) {
            throw new RuleViolation("phase-order",
                    "A new phase must begin after the last one began (" + lastFrom + ").");
        }
    }

    /** Dated before the day the experiment started, or it has not started: what things were like before. */
    static boolean baseline(LocalDate observedOn, LocalDate startedOn) {
        return startedOn == null || observedOn.isBefore(startedOn);
    }

    static RuleViolation idUsed(String detail) {
        return new RuleViolation("id-already-used", detail);
    }

    /** 4.50 and 4.5 are one measurement. */
    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
