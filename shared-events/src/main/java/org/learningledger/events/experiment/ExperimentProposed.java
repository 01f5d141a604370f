package org.learningledger.events.experiment;

import org.learningledger.events.content.Personal;
import java.util.UUID;

/**
 * A team proposed an experiment: the question it asks, what it predicts, the change it plans and
 * what it will observe, optionally based on a learning it saw published.
 */
public record ExperimentProposed(
        UUID experimentId,
        UUID teamId,
        @Personal String question,
        @Personal String prediction,
        @Personal String plan,
        @Personal String measures,
        UUID basedOn) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentProposed(this);
    }
}
