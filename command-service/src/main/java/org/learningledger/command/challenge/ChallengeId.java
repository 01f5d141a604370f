package org.learningledger.command.challenge;

import java.util.Objects;
import java.util.UUID;

/** Identifies a challenge; chosen by the client so that a retried command is harmless. */
public record ChallengeId(UUID value) {

    public ChallengeId {
        Objects.requireNonNull(value, "challenge id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
