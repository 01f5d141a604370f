package org.learningledger.events.experiment;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The team started doing what it planned: from now on it records observations. */
@Revision("1")
public record ExperimentStarted(UUID experimentId, UUID teamId) {
}
