package org.learningledger.events.experiment;

import org.learningledger.events.content.Personal;
import java.util.UUID;

/** The team stopped the experiment before concluding it, and said why. */
public record ExperimentAbandoned(UUID experimentId, UUID teamId, @Personal String reason) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentAbandoned(this);
    }
}
