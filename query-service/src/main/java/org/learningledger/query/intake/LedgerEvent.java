package org.learningledger.query.intake;

import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.EventEnvelope;

/**
 * One event read from {@code ledger.events}: its envelope and its payload, already converted to
 * the contract record that {@code envelope.type()} names.
 */
public record LedgerEvent(EventEnvelope envelope, Object payload) {

    public UUID aggregateId() {
        return envelope.aggregateId();
    }

    public long sequence() {
        return envelope.sequence();
    }

    public Instant occurredAt() {
        return envelope.occurredAt();
    }
}
