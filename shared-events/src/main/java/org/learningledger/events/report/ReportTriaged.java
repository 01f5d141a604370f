package org.learningledger.events.report;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.organisation.OrganisationEvent;

/** A reviewer of the region moved the report to {@code state}, saying why. */
public record ReportTriaged(UUID reportId, UUID regionId, ReportState state,
                            @NotPersonal(OrganisationEvent.ACCOUNT) String reviewerId, @Personal String reason)
        implements ReportEvent {

    @Override
    public <R> R handle(ReportEvent.Handler<R> handler) {
        return handler.reportTriaged(this);
    }
}
