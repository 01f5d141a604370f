package org.learningledger.events.experiment;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The team studied what happened and decided to adopt, adapt or abandon the change. */
@Revision("1")
public record ExperimentConcluded(UUID experimentId, UUID teamId, Decision decision, String summary) {
}
