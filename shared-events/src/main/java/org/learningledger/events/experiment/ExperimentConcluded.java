package org.learningledger.events.experiment;

import org.learningledger.events.content.Personal;
import java.util.UUID;

/** The team studied what happened and decided to adopt, adapt or abandon the change. */
public record ExperimentConcluded(UUID experimentId, UUID teamId, Decision decision, @Personal String summary)
        implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentConcluded(this);
    }
}
