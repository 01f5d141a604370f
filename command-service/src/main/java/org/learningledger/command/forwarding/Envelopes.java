package org.learningledger.command.forwarding;

import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.EventType;
import org.learningledger.events.LedgerJson;

/** Builds the Kafka form of a stored event: contract name instead of Java class, store position included. */
final class Envelopes {

    private Envelopes() {
    }

    static EventEnvelope of(DomainEventMessage<?> message, TrackingToken token) {
        Object payload = message.getPayload();
        EventType type = EventCatalog.byClass(payload.getClass()).orElseThrow(() -> new IllegalStateException(
                "Event " + payload.getClass().getName() + " is not in the EventCatalog; it cannot be forwarded."));
        long globalIndex = token == null ? -1 : token.position().orElse(-1);
        return new EventEnvelope(UUID.fromString(message.getIdentifier()), type.name(), type.revision(),
                message.getType(), UUID.fromString(message.getAggregateIdentifier()),
                message.getSequenceNumber(), globalIndex, message.getTimestamp(),
                LedgerJson.mapper().valueToTree(payload));
    }

    static byte[] toJson(DomainEventMessage<?> message, TrackingToken token) {
        return LedgerJson.mapper().writeValueAsBytes(of(message, token));
    }
}
