package org.learningledger.command.casereview;

import java.util.Objects;
import java.util.UUID;

/** Identifies a case review; chosen by the client so that a retried command is harmless. */
public record CaseReviewId(UUID value) {

    public CaseReviewId {
        Objects.requireNonNull(value, "case review id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
