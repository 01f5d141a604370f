package org.learningledger.command.learning;

import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * A learning as the command side's directory recorded it: whose it is and where it is visible now
 * ({@code tier} and {@code regionId} null while it is a draft). A fact a command brings when it names
 * a learning, so that the decision on it takes no query.
 */
public record RecordedLearning(UUID learningId, UUID teamId, UUID regionId, Tier tier, boolean withdrawn) {
}
