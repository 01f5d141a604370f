package org.learningledger.events.organisation;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An administrator registered a team in a region, with the focus of its work (e.g. parental-conflict). */
@Revision("1")
public record TeamRegistered(UUID teamId, UUID regionId, String name, String focus) {
}
