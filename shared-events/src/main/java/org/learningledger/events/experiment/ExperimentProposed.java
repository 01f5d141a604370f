package org.learningledger.events.experiment;

import org.learningledger.events.content.Personal;
import java.util.UUID;

/**
 * A team proposed an experiment: the question it asks, what it predicts, the change it plans and
 * what it will observe, optionally based on a learning it saw published, and optionally following one
 * of its own concluded experiments as the next cycle ({@code follows}, revision 2; revision 1 followed none).
 */
public record ExperimentProposed(
        UUID experimentId,
        UUID teamId,
        @Personal String question,
        @Personal String prediction,
        @Personal String plan,
        @Personal String measures,
        UUID basedOn,
        UUID follows) implements ExperimentEvent {

    /** A proposal that follows no earlier experiment. */
    public ExperimentProposed(UUID experimentId, UUID teamId, String question, String prediction, String plan,
                              String measures, UUID basedOn) {
        this(experimentId, teamId, question, prediction, plan, measures, basedOn, null);
    }

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentProposed(this);
    }
}
