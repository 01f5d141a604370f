package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;

/** When two observations with one id are the same one, which days one may be dated, what kind it may become. */
final class ObservationRules {

    private ObservationRules() {
    }

    /**
     * A retried request, not a new fact. A retry that leaves {@code observedOn} to its default may
     * arrive on a later day, so the date counts only when the request named one.
     */
    static boolean sameObservation(ObservationRecorded earlier, ObservationRecorded retry, boolean dateDefaulted) {
        return earlier.kind() == retry.kind()
                && Objects.equals(earlier.text(), retry.text())
                && sameValue(earlier.value(), retry.value())
                && (dateDefaulted || Objects.equals(earlier.observedOn(), retry.observedOn()));
    }

    /**
     * Observed between the experiment's first day (its proposal, or its start when the team recorded an
     * earlier start) and today, both in the ledger's calendar.
     */
    static void mayBeObservedOn(LocalDate observedOn, LocalDate proposedOn, LocalDate today) {
        if (observedOn.isAfter(today)) {
            throw new FieldRuleViolation("observedOn", "not-in-future", "must not be after today (" + today + ")");
        }
        if (proposedOn != null && observedOn.isBefore(proposedOn)) {
            throw new FieldRuleViolation("observedOn", "not-before-proposal",
                    "must not be before the day the experiment was proposed, or started when that was earlier ("
                            + proposedOn + ")");
        }
    }

    /** A measure without a number measures nothing: only an observation with a value may become one. */
    static void mayBecome(ObservationKind kind, BigDecimal value) {
        if (kind == ObservationKind.MEASURE && value == null) {
            throw new FieldRuleViolation("kind", "measure-needs-value",
                    "may be MEASURE only for an observation recorded with a value");
        }
    }

    /** 4.50 and 4.5 are one measurement. */
    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
