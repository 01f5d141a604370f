package org.learningledger.events.experiment;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A team proposed an experiment: the question it asks, what it predicts, the change it plans and
 * what it will observe, optionally based on a learning it saw published.
 */
@Revision("1")
public record ExperimentProposed(
        UUID experimentId,
        UUID teamId,
        String question,
        String prediction,
        String plan,
        String measures,
        UUID basedOn) {
}
