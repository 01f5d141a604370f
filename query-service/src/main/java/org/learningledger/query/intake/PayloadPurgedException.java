package org.learningledger.query.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A retry of an aggregate whose dead letters no longer hold their records: there is nothing to
 * apply again, so nothing is done and the aggregate stays stopped. Says what to do instead.
 */
public class PayloadPurgedException extends RuntimeException {

    private final UUID aggregateId;
    private final Instant purgedAt;

    PayloadPurgedException(UUID aggregateId, Instant purgedAt, Duration keptFor) {
        super("The dead letters of aggregate " + aggregateId + " had their payloads purged on " + purgedAt
                + ", after " + keptFor.toDays() + " days (ledger.query.dead-letters.keep-payload), so they cannot be"
                + " retried: the aggregate stays stopped until its events are re-forwarded from the event store or"
                + " the read models are rebuilt (POST /api/admin/rebuilds) while ledger.events still holds them.",
                null, false, false);
        this.aggregateId = aggregateId;
        this.purgedAt = purgedAt;
    }

    public UUID aggregateId() {
        return aggregateId;
    }

    public Instant purgedAt() {
        return purgedAt;
    }
}
