package org.learningledger.command.config;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.learningledger.events.EventType;
import org.learningledger.events.Upcasters;
import tools.jackson.databind.JsonNode;

/**
 * Axon's side of the shared upcasters: a stored event of an older revision, or under a former name
 * (the first release's class names), reads as the catalogue name and current revision, through the
 * very steps the query side applies to Kafka envelopes. A revision newer than this build stops the
 * read with {@link org.learningledger.events.UnknownRevisionException}, naming it; nothing reads half.
 */
final class LedgerUpcaster extends SingleEventUpcaster {

    private final EventNames names;
    private final Upcasters upcasters;

    LedgerUpcaster(EventNames names, Upcasters upcasters) {
        this.names = names;
        this.upcasters = upcasters;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return names.byStoredName(representation.getType().getName())
                .map(type -> !type.name().equals(representation.getType().getName())
                        || !type.revision().equals(representation.getType().getRevision()))
                .orElse(false);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        EventType type = names.byStoredName(representation.getType().getName()).orElseThrow();
        String revision = representation.getType().getRevision();
        SimpleSerializedType current = new SimpleSerializedType(type.name(), type.revision());
        // checked now, not when the payload is first read: an unknown revision fails where it is loaded
        if (!upcasters.needsUpcasting(type, revision)) {
            return representation.upcastPayload(current, JsonNode.class, payload -> payload);
        }
        return representation.upcastPayload(current, JsonNode.class,
                payload -> upcasters.toCurrent(type, revision, payload, representation.getTimestamp()));
    }
}
