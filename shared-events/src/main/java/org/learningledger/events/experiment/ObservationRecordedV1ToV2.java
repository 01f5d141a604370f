package org.learningledger.events.experiment;

import java.time.Instant;
import org.learningledger.events.EventUpcaster;
import org.learningledger.events.LedgerCalendar;
import tools.jackson.databind.node.ObjectNode;

/** Revision 2 adds {@code observedOn}: a revision-1 observation was observed the day it was recorded. */
public final class ObservationRecordedV1ToV2 implements EventUpcaster {

    @Override
    public String type() {
        return "ObservationRecorded";
    }

    @Override
    public int fromRevision() {
        return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload, Instant occurredAt) {
        if (!payload.hasNonNull("observedOn")) {
            payload.put("observedOn", LedgerCalendar.dateOf(occurredAt).toString());
        }
        return payload;
    }
}
