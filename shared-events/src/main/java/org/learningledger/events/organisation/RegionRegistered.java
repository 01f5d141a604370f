package org.learningledger.events.organisation;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An administrator registered a region, within which teams share learning first. */
@Revision("1")
public record RegionRegistered(UUID regionId, String name) {
}
