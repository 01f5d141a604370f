package org.learningledger.events.experiment;

import java.util.UUID;
import org.learningledger.events.content.Personal;

/** The team named a measure its experiment will be judged by: its unit, which way is better, and its role. */
public record MeasureDefined(
        UUID experimentId,
        UUID teamId,
        UUID measureId,
        @Personal String name,
        @Personal String unit,
        Better better,
        MeasureRole role) implements ExperimentEvent {

    @Override
    public <R> R handle(ExperimentEvent.Handler<R> handler) {
        return handler.measureDefined(this);
    }
}
