package org.learningledger.command.learning;

import java.util.UUID;
import org.learningledger.events.learning.Tier;

/** A learning as far as it is shared: its team, the region and tier it reached, and whether it was withdrawn. */
record Sharing(UUID learning, UUID team, UUID region, Tier tier, boolean withdrawn) {
}
