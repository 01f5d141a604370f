package org.learningledger.events.experiment;

import java.time.Instant;
import org.learningledger.events.EventUpcaster;
import org.learningledger.events.LedgerCalendar;
import tools.jackson.databind.node.ObjectNode;

/** Revision 2 says the day the experiment started; a revision 1 event started on the day it was stored. */
public final class ExperimentStartedV1ToV2 implements EventUpcaster {

    @Override
    public String type() {
        return "ExperimentStarted";
    }

    @Override
    public int fromRevision() {
        return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload, Instant occurredAt) {
        if (!payload.has("startedOn")) {
            payload.put("startedOn", LedgerCalendar.dateOf(occurredAt).toString());
        }
        return payload;
    }
}
