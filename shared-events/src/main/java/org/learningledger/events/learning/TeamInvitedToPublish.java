package org.learningledger.events.learning;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A steward invited the owning team to publish its learning at a wider tier; only the team can. */
@Revision("1")
public record TeamInvitedToPublish(UUID learningId, UUID teamId, String stewardId, UUID stewardRegionId,
                                   Tier tier) {
}
