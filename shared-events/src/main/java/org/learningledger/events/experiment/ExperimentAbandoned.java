package org.learningledger.events.experiment;

import java.util.UUID;

/** The team stopped the experiment before concluding it, and said why. */
public record ExperimentAbandoned(UUID experimentId, UUID teamId, String reason) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentAbandoned(this);
    }
}
