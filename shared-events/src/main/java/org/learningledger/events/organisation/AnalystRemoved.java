package org.learningledger.events.organisation;

import org.learningledger.events.content.NotPersonal;
import java.util.UUID;

/**
 * A person's appointment as a ministry analyst ended: from now on they replay and export nothing as an
 * analyst. {@code appointmentId} is the one {@link AnalystAppointed} named.
 */
public record AnalystRemoved(UUID appointmentId, @NotPersonal(OrganisationEvent.ACCOUNT) String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.analystRemoved(this);
    }
}
