package org.learningledger.command.forwarding;

import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.EventType;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.ContentSeal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the Kafka form of a stored event: contract name instead of Java class, store position included.
 * Personal text goes out as the store holds it, sealed: the payload is the event as the contract writes
 * it, with every personal field taken from the stored (upcast) form, so the handler's decrypted copy
 * never reaches Kafka. A row stored in clear before encryption goes out as it is stored.
 */
final class Envelopes {

    private Envelopes() {
    }

    /** {@code storage} is the event serializer the message was read with (then its stored form is reused). */
    static EventEnvelope of(DomainEventMessage<?> message, TrackingToken token, Serializer storage) {
        Object payload = message.getPayload();
        EventType type = EventCatalog.byClass(payload.getClass()).orElseThrow(() -> new IllegalStateException(
                "Event " + payload.getClass().getName() + " is not in the EventCatalog; it cannot be forwarded."));
        long globalIndex = token == null ? -1 : token.position().orElse(-1);
        return new EventEnvelope(UUID.fromString(message.getIdentifier()), type.name(), type.revision(),
                message.getType(), UUID.fromString(message.getAggregateIdentifier()),
                message.getSequenceNumber(), globalIndex, message.getTimestamp(), sealed(message, storage));
    }

    static byte[] toJson(DomainEventMessage<?> message, TrackingToken token, Serializer storage) {
        return LedgerJson.mapper().writeValueAsBytes(of(message, token, storage));
    }

    private static JsonNode sealed(DomainEventMessage<?> message, Serializer storage) {
        JsonNode contract = LedgerJson.mapper().valueToTree(message.getPayload());
        JsonNode stored = message.serializePayload(storage, JsonNode.class).getData();
        if (!ContentSeal.isSealed(stored)) {
            return contract;
        }
        JsonNode blanked = ContentSeal.blank(message.getPayloadType(), contract);
        graft(stored, blanked);
        return blanked;
    }

    /** A sealed field's value, as ContentSeal writes it: {"sealed": item, "ct": ciphertext}. */
    private static boolean isSealedField(JsonNode node) {
        return node instanceof ObjectNode o && o.size() == 2 && o.path("sealed").isString() && o.path("ct").isString();
    }

    /** Puts every sealed field of {@code from} at the same place in {@code into}. */
    private static void graft(JsonNode from, JsonNode into) {
        if (from instanceof ObjectNode source && into instanceof ObjectNode target) {
            for (String name : source.propertyNames()) {
                JsonNode child = source.get(name);
                if (isSealedField(child)) {
                    target.set(name, child);
                } else {
                    graft(child, target.get(name));
                }
            }
        } else if (from != null && from.isArray() && into != null && into.isArray()) {
            for (int i = 0; i < Math.min(from.size(), into.size()); i++) {
                graft(from.get(i), into.get(i));
            }
        }
    }
}
