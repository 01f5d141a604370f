package org.learningledger.events.experiment;

import java.util.UUID;
import org.learningledger.events.content.Personal;

/**
 * The team corrected its proposal's texts before the experiment started: from now on the question,
 * prediction, plan and measures read as here; the earlier wording stays in the experiment's history.
 */
public record ExperimentRevised(
        UUID experimentId,
        UUID teamId,
        @Personal String question,
        @Personal String prediction,
        @Personal String plan,
        @Personal String measures) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentRevised(this);
    }
}
