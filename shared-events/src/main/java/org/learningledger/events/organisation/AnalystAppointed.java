package org.learningledger.events.organisation;

import org.learningledger.events.content.NotPersonal;
import java.util.UUID;

/**
 * A person became a ministry analyst: they replay nationally shared learning, nothing narrower.
 * {@code appointmentId} is derived from the user id, so appointing someone twice is one fact.
 */
public record AnalystAppointed(UUID appointmentId, @NotPersonal(OrganisationEvent.ACCOUNT) String userId) implements OrganisationEvent {

    @Override
    public <R> R handle(OrganisationEvent.Handler<R> handler) {
        return handler.analystAppointed(this);
    }
}
