package org.learningledger.events.experiment;

import java.util.UUID;

/** The team studied what happened and decided to adopt, adapt or abandon the change. */
public record ExperimentConcluded(UUID experimentId, UUID teamId, Decision decision, String summary)
        implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentConcluded(this);
    }
}
