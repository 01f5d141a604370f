package org.learningledger.events.experiment;

import java.time.Instant;
import org.learningledger.events.EventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/** Revision 2 names the experiment it follows (its team's next cycle); a revision-1 proposal followed none. */
public final class ExperimentProposedV1ToV2 implements EventUpcaster {

    @Override
    public String type() {
        return "ExperimentProposed";
    }

    @Override
    public int fromRevision() {
        return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload, Instant occurredAt) {
        if (!payload.has("follows")) {
            payload.putNull("follows");
        }
        return payload;
    }
}
