package org.learningledger.command.report;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportState;

/**
 * The commands of a confidential report. A submission and an addition carry no user at all: only the
 * facts that the reporter is known to the ledger and the region registered, and the receipt's hash.
 */
final class ReportCommands {

    private ReportCommands() {
    }

    record SubmitReport(@TargetAggregateIdentifier ReportId reportId, RegionId regionId, ReportKind kind,
                        String whatHappened, String whatHelped, String whatCouldChange, String receiptHash,
                        boolean reporterKnown, boolean regionRegistered) {
    }

    /** By the holder of the receipt: the controller found the report by the receipt's hash. */
    record AddToReport(@TargetAggregateIdentifier ReportId reportId, UUID additionId, String text) {
    }

    record ReplyToReport(@TargetAggregateIdentifier ReportId reportId, UUID replyId, UserId reviewer, String text,
                         Reviewerships reviewerships) {
    }

    record TriageReport(@TargetAggregateIdentifier ReportId reportId, ReportState state, UserId reviewer,
                        String reason, Reviewerships reviewerships) {
    }

    /** {@code encrypted}: whether the key table has the report's key (else it was stored in clear). */
    record EraseReport(@TargetAggregateIdentifier ReportId reportId, Erasure erasure, boolean encrypted,
                       Reviewerships reviewerships) {
    }
}
