package org.learningledger.events.organisation;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A person became a steward of a region: they follow what its teams publish, never their drafts. */
@Revision("1")
public record StewardAppointed(UUID regionId, String userId) {
}
