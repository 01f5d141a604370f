package org.learningledger.command.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a region. */
public record RegionId(UUID value) {

    public RegionId {
        Objects.requireNonNull(value, "region id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
