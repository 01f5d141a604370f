package org.learningledger.events.learning;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The team withdrew its publication: from now on no reader outside the team gets its content on
 * any path. The fact of the withdrawal stays visible where the learning was ({@code tier}).
 */
@Revision("1")
public record LearningWithdrawn(UUID learningId, UUID teamId, UUID regionId, Tier tier, String reason) {
}
