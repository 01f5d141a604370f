package org.learningledger.events.experiment;

import java.util.List;
import java.util.UUID;
import org.learningledger.events.content.Erasure;

/**
 * A whole experiment's texts were erased: its question, prediction, plan, measures, conclusion or
 * reason, and the observations listed; its data keys are deleted and it takes no new content.
 */
public record ExperimentErased(UUID experimentId, UUID teamId, List<UUID> observationIds, Erasure erasure)
        implements ExperimentEvent {

    public ExperimentErased {
        observationIds = observationIds == null ? List.of() : List.copyOf(observationIds);
    }

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.experimentErased(this);
    }
}
