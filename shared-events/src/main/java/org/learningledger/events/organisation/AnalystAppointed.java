package org.learningledger.events.organisation;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A person became a ministry analyst: they replay nationally shared learning, nothing narrower.
 * {@code appointmentId} is derived from the user id, so appointing someone twice is one fact.
 */
@Revision("1")
public record AnalystAppointed(UUID appointmentId, String userId) {
}
