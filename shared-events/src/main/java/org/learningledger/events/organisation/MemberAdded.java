package org.learningledger.events.organisation;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person (by the subject of their identity token) became a member of a team and sees its private work. */
@Revision("1")
public record MemberAdded(UUID teamId, String userId) {
}
