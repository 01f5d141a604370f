package org.learningledger.command.learning;

import java.util.UUID;

/**
 * An experiment as the command side's directory recorded it: whose it is and whether it has concluded.
 * A fact a proposal brings when it names the experiment it follows, so that the decision takes no query.
 */
public record RecordedExperiment(UUID experimentId, UUID teamId, boolean concluded) {
}
