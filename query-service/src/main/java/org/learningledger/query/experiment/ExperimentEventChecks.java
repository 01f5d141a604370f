package org.learningledger.query.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.query.intake.RequiredFields;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationRecorded;

/**
 * What the experiment read model cannot do without, per event. Other fields may be absent: a
 * tolerant reader does not refuse an event for a field it can show as empty.
 */
final class ExperimentEventChecks {

    private ExperimentEventChecks() {
    }

    /** True for the events this read model keeps. */
    static boolean isExperimentEvent(Object event) {
        return event instanceof ExperimentProposed || event instanceof ExperimentStarted
                || event instanceof ObservationRecorded || event instanceof ExperimentConcluded
                || event instanceof ExperimentAbandoned;
    }

    /** The experiment an event is about (null when the event does not say). */
    static UUID experimentId(Object event) {
        return (UUID) required(event).get("experimentId");
    }

    /** Names of required fields the event lacks, in declaration order; empty when complete. */
    static List<String> missingFields(Object event) {
        return RequiredFields.missing(required(event));
    }

    private static Map<String, Object> required(Object event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (event instanceof ExperimentProposed e) {
            fields.put("experimentId", e.experimentId());
            fields.put("teamId", e.teamId());
            fields.put("question", e.question());
        } else if (event instanceof ExperimentStarted e) {
            fields.put("experimentId", e.experimentId());
        } else if (event instanceof ObservationRecorded e) {
            fields.put("experimentId", e.experimentId());
            fields.put("observationId", e.observationId());
            fields.put("kind", e.kind());
        } else if (event instanceof ExperimentConcluded e) {
            fields.put("experimentId", e.experimentId());
            fields.put("decision", e.decision());
        } else if (event instanceof ExperimentAbandoned e) {
            fields.put("experimentId", e.experimentId());
        }
        return fields;
    }
}
