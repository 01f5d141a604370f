package org.learningledger.command.experiment;

import java.util.Objects;
import java.util.UUID;

/** Identifies an experiment; chosen by the client so that a retried request is idempotent. */
public record ExperimentId(UUID value) {

    public ExperimentId {
        Objects.requireNonNull(value, "experiment id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
