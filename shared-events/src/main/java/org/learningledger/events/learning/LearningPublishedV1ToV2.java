package org.learningledger.events.learning;

import java.time.Instant;
import org.learningledger.events.EventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Revision 2 carries each cited experiment's measures; nothing before it had any, so each gets none. */
public final class LearningPublishedV1ToV2 implements EventUpcaster {

    @Override
    public String type() {
        return "LearningPublished";
    }

    @Override
    public int fromRevision() {
        return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload, Instant occurredAt) {
        JsonNode evidence = payload.path("snapshot").path("evidence");
        if (evidence.isArray()) {
            for (JsonNode item : evidence) {
                if (item instanceof ObjectNode object && !object.has("measures")) {
                    object.putArray("measures");
                }
            }
        }
        return payload;
    }
}
