package org.learningledger.events.experiment;

import java.util.UUID;

/** The team started doing what it planned: from now on it records observations. */
public record ExperimentStarted(UUID experimentId, UUID teamId) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentStarted(this);
    }
}
