package org.learningledger.events.experiment;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The team stopped the experiment before concluding it, and said why. */
@Revision("1")
public record ExperimentAbandoned(UUID experimentId, UUID teamId, String reason) {
}
