package org.learningledger.events.learning;

import java.time.Instant;
import org.learningledger.events.EventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/** Revision 2 numbers the revision; revision 1 did not, so it reads as 0 (numbered by the learning's own count). */
public final class LearningRevisedV1ToV2 implements EventUpcaster {

    @Override
    public String type() {
        return "LearningRevised";
    }

    @Override
    public int fromRevision() {
        return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload, Instant occurredAt) {
        if (!payload.has("revision")) {
            payload.put("revision", 0);
        }
        return payload;
    }
}
