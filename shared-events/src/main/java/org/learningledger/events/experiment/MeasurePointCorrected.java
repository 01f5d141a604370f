package org.learningledger.events.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.learningledger.events.content.Personal;

/**
 * The team corrected a recorded point: from now on it counts with this value, day and note; the
 * value it replaces stays in the experiment's history, with the reason for the correction.
 */
public record MeasurePointCorrected(
        UUID experimentId,
        UUID teamId,
        UUID measureId,
        UUID pointId,
        BigDecimal value,
        LocalDate observedOn,
        @Personal String note,
        @Personal String reason) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.measurePointCorrected(this);
    }
}
