package org.learningledger.events.report;

import java.util.UUID;
import org.learningledger.events.content.Personal;

/** The reporter, holding the receipt, added something to the report (again without a name). */
public record ReportAdded(UUID reportId, UUID regionId, UUID additionId, @Personal String text)
        implements ReportEvent {

    @Override
    public <R> R handle(ReportEvent.Handler<R> handler) {
        return handler.reportAdded(this);
    }
}
