package org.learningledger.command.report;

import java.util.Objects;
import java.util.UUID;

/** Identifies a confidential report; chosen by the client so that a retried submission is recognised. */
public record ReportId(UUID value) {

    public ReportId {
        Objects.requireNonNull(value, "report id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
