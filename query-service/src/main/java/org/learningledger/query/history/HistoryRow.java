package org.learningledger.query.history;

import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * One stored history event with what judging it needs now: whether its learning is withdrawn by
 * now, and the owning team of the learning a validation validates.
 *
 * @param tier null for team-private events
 * @param content JSON of what only rightful readers get (snapshot, draft, experiment, reason)
 */
public record HistoryRow(long position, Instant occurredAt, String kind, UUID aggregateId, UUID learningId,
                         UUID teamId, UUID regionId, Tier tier, Integer version, String title, UUID validates,
                         String result, String stewardId, UUID stewardRegionId, String note, String content,
                         boolean learningWithdrawn, UUID validatedTeam) {

    public boolean isPublication() {
        return "published".equals(kind) || "validated".equals(kind);
    }

    public boolean isValidation() {
        return "validated".equals(kind);
    }
}
