package org.learningledger.events.report;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;

/**
 * A member of staff reported, confidentially, something the region's reviewers should learn from. The
 * event names no reporter; {@code receiptHash} is a slow one-way hash of the receipt code the reporter
 * was given once, by which they read replies and add to the report.
 */
public record ReportSubmitted(
        UUID reportId,
        UUID regionId,
        ReportKind kind,
        @Personal String whatHappened,
        @Personal String whatHelped,
        @Personal String whatCouldChange,
        @NotPersonal(ReportSubmitted.RECEIPT) String receiptHash) implements ReportEvent {

    public static final String RECEIPT =
            "a slow one-way hash (PBKDF2) of a long random receipt code: it names no one and reveals no text";

    @Override
    public <R> R handle(ReportEvent.Handler<R> handler) {
        return handler.reportSubmitted(this);
    }
}
