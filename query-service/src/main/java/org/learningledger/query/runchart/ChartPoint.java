package org.learningledger.query.runchart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One observation of a measure as the run chart reads it: which point, the day it was observed, its value. */
public record ChartPoint(UUID pointId, LocalDate observedOn, BigDecimal value) {

    public ChartPoint {
        Objects.requireNonNull(pointId, "pointId");
        Objects.requireNonNull(observedOn, "observedOn");
        Objects.requireNonNull(value, "value");
    }
}
