package org.learningledger.events;

import java.time.Instant;
import tools.jackson.databind.node.ObjectNode;

/**
 * One step in the evolution of an event: turns the JSON of revision {@link #fromRevision()} of
 * {@link #type()} into the JSON of the next revision. Framework-free, so the event store (through
 * an Axon adapter), the Kafka intake and a rebuild all apply the same steps.
 */
public interface EventUpcaster {

    /** The catalogue name of the event this step applies to. */
    String type();

    /** The revision this step reads; it writes {@code fromRevision + 1}. */
    int fromRevision();

    /**
     * Returns the next revision's JSON; may change {@code payload} in place. {@code occurredAt} is
     * when the event was stored, for steps that derive a new field from it.
     */
    ObjectNode upcast(ObjectNode payload, Instant occurredAt);
}
