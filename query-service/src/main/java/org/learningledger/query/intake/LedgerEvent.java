package org.learningledger.query.intake;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.content.ContentItem;

/**
 * One event read from {@code ledger.events}: its envelope and its payload, already opened (sealed
 * text decrypted) and converted to the contract record that {@code envelope.type()} names.
 *
 * @param erased the content items whose text opened as null because their key was erased (a replay
 *     after an erasure): a projection then accepts the personal fields as absent
 */
public record LedgerEvent(EventEnvelope envelope, Object payload, Set<ContentItem> erased) {

    public LedgerEvent {
        erased = erased == null ? Set.of() : Set.copyOf(erased);
    }

    /** An event whose content was not erased (or never sealed). */
    public LedgerEvent(EventEnvelope envelope, Object payload) {
        this(envelope, payload, Set.of());
    }

    public UUID aggregateId() {
        return envelope.aggregateId();
    }

    public long sequence() {
        return envelope.sequence();
    }

    public Instant occurredAt() {
        return envelope.occurredAt();
    }

    /** True when some of its text is gone because it was erased. */
    public boolean contentErased() {
        return !erased.isEmpty();
    }
}
