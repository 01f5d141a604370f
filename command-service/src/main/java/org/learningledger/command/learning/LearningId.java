package org.learningledger.command.learning;

import java.util.Objects;
import java.util.UUID;

/** Identifies a learning; chosen by the client. */
public record LearningId(UUID value) {

    public LearningId {
        Objects.requireNonNull(value, "learning id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
