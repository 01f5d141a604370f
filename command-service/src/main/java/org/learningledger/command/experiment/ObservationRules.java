package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.util.Objects;
import org.learningledger.events.experiment.ObservationRecorded;

/** When two observations with one id are the same one: a retried request, not a new fact. */
final class ObservationRules {

    private ObservationRules() {
    }

    static boolean sameObservation(ObservationRecorded a, ObservationRecorded b) {
        return a.kind() == b.kind()
                && Objects.equals(a.text(), b.text())
                && sameValue(a.value(), b.value());
    }

    /** 4.50 and 4.5 are one measurement. */
    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
