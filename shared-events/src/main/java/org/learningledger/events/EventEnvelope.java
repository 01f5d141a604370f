package org.learningledger.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * How a stored event travels on {@link Topics#EVENTS}: its identity and position in the event
 * store around the payload. {@code sequence} orders the events of one aggregate (from 0) and lets a
 * reader drop a copy it already applied; {@code globalIndex} orders the whole store.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        String revision,
        String aggregateType,
        UUID aggregateId,
        long sequence,
        long globalIndex,
        Instant occurredAt,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
