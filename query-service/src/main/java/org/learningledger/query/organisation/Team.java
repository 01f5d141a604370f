package org.learningledger.query.organisation;

import java.util.UUID;

/** A team as the directory lists it: no members, nothing that would rank it against others. */
public record Team(UUID teamId, String name, UUID regionId, String focus) {
}
