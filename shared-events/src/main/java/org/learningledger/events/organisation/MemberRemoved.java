package org.learningledger.events.organisation;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person stopped being a member of a team: from now on they neither see nor change its private work. */
@Revision("1")
public record MemberRemoved(UUID teamId, String userId) {
}
