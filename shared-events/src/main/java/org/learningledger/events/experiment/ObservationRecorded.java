package org.learningledger.events.experiment;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The team recorded what it observed while the experiment ran, in its own words and with no
 * identifying details; a measure may carry a value.
 */
@Revision("1")
public record ObservationRecorded(
        UUID experimentId,
        UUID teamId,
        UUID observationId,
        ObservationKind kind,
        String text,
        BigDecimal value) {
}
