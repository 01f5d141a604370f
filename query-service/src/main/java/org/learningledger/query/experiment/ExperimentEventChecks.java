package org.learningledger.query.experiment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentEvent;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.RequiredFields;

/**
 * What the experiment read model cannot do without, per event. Other fields may be absent: a
 * tolerant reader does not refuse an event for a field it can show as empty.
 */
final class ExperimentEventChecks {

    private ExperimentEventChecks() {
    }

    /** True for the events this read model keeps. */
    static boolean isExperimentEvent(Object event) {
        return event instanceof ExperimentEvent;
    }

    /** The experiment an event is about (null when the event does not say). */
    static UUID experimentId(Object event) {
        return (UUID) required(event).get("experimentId");
    }

    /** Names of required fields the event lacks, in declaration order; empty when complete. */
    static List<String> missingFields(Object event) {
        return RequiredFields.missing(required(event));
    }

    /** As {@link #missingFields(Object)}; the text of an event replayed after its erasure may be absent. */
    static List<String> missingFields(LedgerEvent event) {
        return RequiredFields.missing(required(event.payload()), event);
    }

    private static Map<String, Object> required(Object event) {
        return event instanceof ExperimentEvent e ? e.handle(REQUIRED) : Map.of();
    }

    /** Field names and values, in order: the exhaustive switch over the experiment's events. */
    private static final Required REQUIRED = new Required();

    private static final class Required implements ExperimentEvent.Handler<Map<String, Object>> {

        @Override
        public Map<String, Object> experimentProposed(ExperimentProposed e) {
            return RequiredFields.of("experimentId", e.experimentId(), "teamId", e.teamId(), "question", e.question());
        }

        @Override
        public Map<String, Object> experimentStarted(ExperimentStarted e) {
            return RequiredFields.of("experimentId", e.experimentId());
        }

        @Override
        public Map<String, Object> observationRecorded(ObservationRecorded e) {
            return RequiredFields.of("experimentId", e.experimentId(), "observationId", e.observationId(), "kind", e.kind());
        }

        @Override
        public Map<String, Object> experimentConcluded(ExperimentConcluded e) {
            return RequiredFields.of("experimentId", e.experimentId(), "decision", e.decision());
        }

        @Override
        public Map<String, Object> experimentAbandoned(ExperimentAbandoned e) {
            return RequiredFields.of("experimentId", e.experimentId());
        }

        @Override
        public Map<String, Object> observationErased(ObservationErased e) {
            return RequiredFields.of("experimentId", e.experimentId(), "teamId", e.teamId(), "observationId",
                    e.observationId(), "erasure", e.erasure(), "erasure.role", role(e.erasure()));
        }

        @Override
        public Map<String, Object> experimentErased(ExperimentErased e) {
            return RequiredFields.of("experimentId", e.experimentId(), "teamId", e.teamId(), "erasure", e.erasure(),
                    "erasure.role", role(e.erasure()));
        }

        @Override
        public Map<String, Object> measureDefined(MeasureDefined e) {
            return RequiredFields.of("experimentId", e.experimentId(), "measureId", e.measureId(), "better",
                    e.better(), "role", e.role());
        }

        @Override
        public Map<String, Object> measurePointRecorded(MeasurePointRecorded e) {
            return RequiredFields.of("experimentId", e.experimentId(), "measureId", e.measureId(), "pointId",
                    e.pointId(), "value", e.value(), "observedOn", e.observedOn());
        }

        @Override
        public Map<String, Object> measurePointCorrected(MeasurePointCorrected e) {
            return RequiredFields.of("experimentId", e.experimentId(), "measureId", e.measureId(), "pointId",
                    e.pointId(), "value", e.value(), "observedOn", e.observedOn());
        }

        @Override
        public Map<String, Object> experimentRevised(ExperimentRevised e) {
            return RequiredFields.of("experimentId", e.experimentId());
        }

        @Override
        public Map<String, Object> observationCorrected(ObservationCorrected e) {
            return RequiredFields.of("experimentId", e.experimentId(), "observationId", e.observationId(), "kind",
                    e.kind());
        }

        @Override
        public Map<String, Object> measureRephased(MeasureRephased e) {
            return RequiredFields.of("experimentId", e.experimentId(), "measureId", e.measureId(), "from", e.from());
        }
    }

    /** Who erased: the read models answer it (TEAM, STEWARD or ADMINISTRATOR), so it may not be missing. */
    private static Erasure.ErasedBy role(Erasure erasure) {
        return erasure == null ? null : erasure.role();
    }
}
