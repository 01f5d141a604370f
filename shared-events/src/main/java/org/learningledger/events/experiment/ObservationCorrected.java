package org.learningledger.events.experiment;

import java.util.UUID;
import org.learningledger.events.content.Personal;

/**
 * The team corrected a recorded observation: from now on it reads with this kind and text; the words
 * it replaces stay in the experiment's history, with the reason for the correction. Sealed under the
 * observation's own key, so erasing the observation erases every correction of it too.
 */
public record ObservationCorrected(
        UUID experimentId,
        UUID teamId,
        UUID observationId,
        ObservationKind kind,
        @Personal String text,
        @Personal String reason) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.observationCorrected(this);
    }
}
