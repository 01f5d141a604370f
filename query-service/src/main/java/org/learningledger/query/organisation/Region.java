package org.learningledger.query.organisation;

import java.util.UUID;

/** A region as the directory lists it. */
public record Region(UUID regionId, String name) {
}
