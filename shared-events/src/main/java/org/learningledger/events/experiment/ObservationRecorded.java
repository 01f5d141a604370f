package org.learningledger.events.experiment;

import org.learningledger.events.content.Personal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The team recorded what it observed while the experiment ran, in its own words and with no
 * identifying details; a measure may carry a value. {@code observedOn} is the day the observed
 * thing happened, often days before it was recorded (revision 2; revision 1 events take the day
 * they were recorded, in the ledger's calendar).
 */
public record ObservationRecorded(
        UUID experimentId,
        UUID teamId,
        UUID observationId,
        ObservationKind kind,
        @Personal String text,
        BigDecimal value,
        LocalDate observedOn) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.observationRecorded(this);
    }
}
