package org.learningledger.query.intake;

import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.EventType;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.UnknownRevisionException;
import org.learningledger.events.Upcasters;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record value (UTF-8 JSON of an {@link EventEnvelope}) into a {@link LedgerEvent}. The
 * topic keeps what every release wrote, so the payload is first brought from the envelope's
 * revision to the current one by the shared upcasters (the same the event store uses), and the type
 * is looked up by any name it was stored under; a revision this build does not know is refused
 * naming it, never read with fields left empty.
 */
@Component
class EnvelopeReader {

    private final JsonMapper mapper = LedgerJson.mapper();
    private final Upcasters upcasters = Upcasters.ledger();

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
            if (envelope.aggregateId() == null) {
                throw new RejectedEventException("envelope names no aggregate");
            }
        } catch (JacksonException e) {
            throw new RejectedEventException("unreadable envelope: " + e.getOriginalMessage(), e);
        }
        EventType type = EventCatalog.byStoredName(envelope.type())
                .orElseThrow(() -> new RejectedEventException("unknown event type '" + envelope.type() + "'"));
        JsonNode current;
        try {
            current = upcasters.toCurrent(type, envelope.revision(), envelope.payload(), envelope.occurredAt());
        } catch (UnknownRevisionException e) {
            throw new RejectedEventException("unreadable revision '" + envelope.revision() + "' of " + type.name()
                    + ": " + e.getMessage(), e);
        }
        Object payload;
        try {
            payload = mapper.treeToValue(current, type.type());
        } catch (JacksonException e) {
            throw new RejectedEventException("unreadable " + type.name() + " payload: " + e.getOriginalMessage(), e);
        }
        if (payload == null) {
            throw new RejectedEventException(type.name() + " has no payload");
        }
        return new LedgerEvent(envelope, payload);
    }
}
