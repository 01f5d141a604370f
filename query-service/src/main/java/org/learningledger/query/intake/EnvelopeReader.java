package org.learningledger.query.intake;

import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.EventType;
import org.learningledger.events.LedgerJson;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a record value (UTF-8 JSON of an {@link EventEnvelope}) into a {@link LedgerEvent}. */
@Component
class EnvelopeReader {

    private final JsonMapper mapper = LedgerJson.mapper();

    LedgerEvent read(byte[] value) {
        if (value == null || value.length == 0) {
            throw new RejectedEventException("empty record value");
        }
        JsonNode tree;
        EventEnvelope envelope;
        try {
            tree = mapper.readTree(value);
            // A primitive would silently default to 0 and make the event look like a duplicate.
            if (!tree.path("sequence").isIntegralNumber() || tree.path("sequence").asLong() < 0) {
                throw new RejectedEventException("envelope lacks a sequence number >= 0");
            }
            envelope = mapper.treeToValue(tree, EventEnvelope.class);
        } catch (JacksonException e) {
            throw new RejectedEventException("unreadable envelope: " + e.getOriginalMessage(), e);
        }
        EventType type = EventCatalog.byName(envelope.type())
                .orElseThrow(() -> new RejectedEventException("unknown event type '" + envelope.type() + "'"));
        Object payload;
        try {
            payload = mapper.treeToValue(envelope.payload(), type.type());
        } catch (JacksonException e) {
            throw new RejectedEventException("unreadable " + type.name() + " payload: " + e.getOriginalMessage(), e);
        }
        if (payload == null) {
            throw new RejectedEventException(type.name() + " has no payload");
        }
        return new LedgerEvent(envelope, payload);
    }
}
