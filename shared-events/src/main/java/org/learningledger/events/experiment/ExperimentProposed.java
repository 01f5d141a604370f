package org.learningledger.events.experiment;

import java.util.UUID;

/**
 * A team proposed an experiment: the question it asks, what it predicts, the change it plans and
 * what it will observe, optionally based on a learning it saw published.
 */
public record ExperimentProposed(
        UUID experimentId,
        UUID teamId,
        String question,
        String prediction,
        String plan,
        String measures,
        UUID basedOn) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentProposed(this);
    }
}
