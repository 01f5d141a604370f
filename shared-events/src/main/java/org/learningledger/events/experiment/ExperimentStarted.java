package org.learningledger.events.experiment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The team started doing what it planned, on {@code startedOn}: from then on it records observations,
 * and a measure's points dated before that day are its baseline. The day may be before the day it was
 * recorded (a team that records its start later); revision 1 events start on the day they were recorded,
 * in the ledger's calendar, and a reader given none dates it so.
 */
public record ExperimentStarted(UUID experimentId, UUID teamId, LocalDate startedOn) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentStarted(this);
    }
}
