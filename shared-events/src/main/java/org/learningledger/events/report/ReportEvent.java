package org.learningledger.events.report;

import java.util.UUID;
import org.learningledger.events.DomainEvent;

/**
 * The events of one confidential report. None records who reported: not the user, team or device;
 * the reporter holds a receipt code and the report keeps only a slow hash of it.
 */
public sealed interface ReportEvent extends DomainEvent
        permits ReportSubmitted, ReportAdded, ReportReplied, ReportTriaged, ReportErased {

    UUID reportId();

    UUID regionId();

    <R> R handle(Handler<R> handler);

    /** One answer per event of the family: adding an event adds a method here. */
    interface Handler<R> {
        R reportSubmitted(ReportSubmitted event);

        R reportAdded(ReportAdded event);

        R reportReplied(ReportReplied event);

        R reportTriaged(ReportTriaged event);

        R reportErased(ReportErased event);
    }
}
