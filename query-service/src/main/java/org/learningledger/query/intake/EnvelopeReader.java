package org.learningledger.query.intake;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.EventType;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.UnknownRevisionException;
import org.learningledger.events.Upcasters;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.ContentSeal;
import org.learningledger.events.content.UnreadableContentException;
import org.learningledger.query.keys.ContentKeys;
import org.learningledger.query.keys.ErasedItems;
import org.learningledger.query.keys.UnknownContentItemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record value (UTF-8 JSON of an {@link EventEnvelope}) into a {@link LedgerEvent}. Sealed
 * personal text is opened first with the data keys ({@link ContentKeys}; a plain text stored before
 * encryption reads as itself, an erased item's text as null); then the payload is brought from the
 * envelope's revision to the current one by the shared upcasters (the same the event store uses),
 * and the type is looked up by any name it was stored under. A revision this build does not know, a
 * ciphertext its key does not open, or an item the command service has no key for is refused naming
 * it, never read with fields left empty. An erasure event drops the erased keys from the cache.
 */
@Component
class EnvelopeReader {

    /** A record's envelope, read but not yet opened. */
    record Parsed(EventEnvelope envelope, EventType type) {
    }

    private final JsonMapper mapper = LedgerJson.mapper();
    private final Upcasters upcasters = Upcasters.ledger();
    private final ContentKeys keys;

    @Autowired
    EnvelopeReader(ContentKeys keys) {
        this.keys = keys;
    }

    /** A reader of plain payloads only: a sealed one is refused (tests of the envelope's shape). */
    EnvelopeReader() {
        this(null);
    }

    LedgerEvent read(byte[] value) {
        Parsed parsed = parse(value);
        prefetch(Set.of(parsed));
        return read(parsed);
    }

    /** Fetches in one go the keys that these envelopes' sealed fields need (a transient failure escapes). */
    void prefetch(Collection<Parsed> envelopes) {
        Set<ContentItem> items = new LinkedHashSet<>();
        envelopes.forEach(p -> items.addAll(ContentSeal.items(p.envelope().payload())));
        if (!items.isEmpty() && keys != null) {
            keys.prefetch(items);
        }
    }

    Parsed parse(byte[] value) {
        if (value == null || value.length == 0) {
            throw new RejectedEventException("empty record value");
        }
        EventEnvelope envelope;
        try {
            JsonNode tree = mapper.readTree(value);
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
        return new Parsed(envelope, type);
    }

    LedgerEvent read(Parsed parsed) {
        EventEnvelope envelope = parsed.envelope();
        EventType type = parsed.type();
        Set<ContentItem> erased = new HashSet<>();
        JsonNode opened = open(envelope.payload(), type, erased);
        JsonNode current;
        try {
            current = upcasters.toCurrent(type, envelope.revision(), opened, envelope.occurredAt());
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
        if (keys != null) {
            ErasedItems.of(payload).forEach(keys::evict);
        }
        return new LedgerEvent(envelope, payload, erased);
    }

    private JsonNode open(JsonNode payload, EventType type, Set<ContentItem> erased) {
        if (keys == null && ContentSeal.isSealed(payload)) {
            throw new RejectedEventException(type.name() + " is sealed and this reader has no keys");
        }
        try {
            return ContentSeal.open(payload, item -> {
                Optional<SecretKey> key = keys.forOpening(item);
                if (key.isEmpty()) {
                    erased.add(item);
                }
                return key;
            });
        } catch (UnreadableContentException e) {
            throw new RejectedEventException("unreadable " + type.name() + ": " + e.getMessage(), e);
        } catch (UnknownContentItemException e) {
            throw new RejectedEventException("unreadable " + type.name() + ": " + e.getMessage(), e);
        }
    }
}
