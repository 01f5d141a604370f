package org.learningledger.query.report;

import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportState;

/** A report as the region's reviewers list it: what kind, where it stands, when it came; no text, no reporter. */
public record ReportSummary(UUID id, UUID regionId, ReportKind kind, ReportState state, Instant submittedAt,
                            Instant lastActivityAt) {
}
