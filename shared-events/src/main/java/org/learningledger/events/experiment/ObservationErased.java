package org.learningledger.events.experiment;

import java.util.UUID;
import org.learningledger.events.content.Erasure;

/** An observation's text was erased: its data key is deleted, so every copy of the text reads as erased. */
public record ObservationErased(UUID experimentId, UUID teamId, UUID observationId, Erasure erasure)
        implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.observationErased(this);
    }
}
