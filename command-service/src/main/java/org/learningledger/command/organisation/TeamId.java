package org.learningledger.command.organisation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a team. */
public record TeamId(UUID value) {

    public TeamId {
        Objects.requireNonNull(value, "team id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
