package org.learningledger.events.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.learningledger.events.content.Personal;

/**
 * The team recorded one value of a measure for the day it was observed; a point dated before the
 * experiment started belongs to its baseline.
 */
public record MeasurePointRecorded(
        UUID experimentId,
        UUID teamId,
        UUID measureId,
        UUID pointId,
        BigDecimal value,
        LocalDate observedOn,
        @Personal String note) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.measurePointRecorded(this);
    }
}
