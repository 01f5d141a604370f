package org.learningledger.events.experiment;

import java.time.LocalDate;
import java.util.UUID;
import org.learningledger.events.content.Personal;

/**
 * The team made a deliberate change and started a new phase of a measure on {@code from}: the points
 * from that day on get a baseline and a median of their own. The reason says what changed.
 */
public record MeasureRephased(
        UUID experimentId,
        UUID teamId,
        UUID measureId,
        LocalDate from,
        @Personal String reason) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.measureRephased(this);
    }
}
