package org.learningledger.events.experiment;

import java.util.UUID;
import org.learningledger.events.DomainEvent;

/** The events of one experiment, a plan-do-study-act cycle owned by a team. */
public sealed interface ExperimentEvent extends DomainEvent
        permits ExperimentProposed, ExperimentStarted, ObservationRecorded, ExperimentConcluded, ExperimentAbandoned,
        ObservationErased, ExperimentErased, MeasureDefined, MeasurePointRecorded, MeasurePointCorrected,
        MeasureRephased, ExperimentRevised, ObservationCorrected {

    UUID experimentId();

    UUID teamId();

    <R> R handle(Handler<R> handler);

    /** One answer per event of the family: adding an event adds a method here. */
    interface Handler<R> {
        R experimentProposed(ExperimentProposed event);

        R experimentStarted(ExperimentStarted event);

        R observationRecorded(ObservationRecorded event);

        R experimentConcluded(ExperimentConcluded event);

        R experimentAbandoned(ExperimentAbandoned event);

        R observationErased(ObservationErased event);

        R experimentErased(ExperimentErased event);

        R measureDefined(MeasureDefined event);

        R measurePointRecorded(MeasurePointRecorded event);

        R measurePointCorrected(MeasurePointCorrected event);

        R measureRephased(MeasureRephased event);

        R experimentRevised(ExperimentRevised event);

        R observationCorrected(ObservationCorrected event);
    }
}
