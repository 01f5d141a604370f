package org.learningledger.events.report;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.organisation.OrganisationEvent;

/** A reviewer of the region answered the reporter; the reporter reads it with the receipt. */
public record ReportReplied(UUID reportId, UUID regionId, UUID replyId,
                            @NotPersonal(OrganisationEvent.ACCOUNT) String reviewerId, @Personal String text)
        implements ReportEvent {

    @Override
    public <R> R handle(ReportEvent.Handler<R> handler) {
        return handler.reportReplied(this);
    }
}
