package org.learningledger.query.history;

import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * One stored history event with what judging it needs now: whether its learning is withdrawn by
 * now, the owning team of the learning a validation (or the withdrawn version) validates, and whether the intake stopped its
 * aggregate (fail closed: then only the owning team gets anything of it).
 *
 * @param tier null for team-private events
 * @param content JSON of what only rightful readers get (snapshot, draft, experiment, reason)
 * @param erasedAt when its text was erased (then title, note and the content's text are null), else null
 * @param erasedBy TEAM, STEWARD, REVIEWER or ADMINISTRATOR, with erasedAt
 * @param lessonId of an approved lesson's row (kind {@code lesson}: no team, no learning), else null
 */
public record HistoryRow(long position, Instant occurredAt, String kind, UUID aggregateId, UUID learningId,
                         UUID teamId, UUID regionId, Tier tier, Integer version, String title, UUID validates,
                         String result, String stewardId, UUID stewardRegionId, String note, String content,
                         boolean learningWithdrawn, UUID validatedTeam, boolean aggregateStopped, Instant erasedAt,
                         String erasedBy, UUID lessonId) {

    /** A row of a team's work: a learning's or an experiment's. */
    public HistoryRow(long position, Instant occurredAt, String kind, UUID aggregateId, UUID learningId,
            UUID teamId, UUID regionId, Tier tier, Integer version, String title, UUID validates,
            String result, String stewardId, UUID stewardRegionId, String note, String content,
            boolean learningWithdrawn, UUID validatedTeam, boolean aggregateStopped, Instant erasedAt,
            String erasedBy) {
        this(position, occurredAt, kind, aggregateId, learningId, teamId, regionId, tier, version, title, validates,
                result, stewardId, stewardRegionId, note, content, learningWithdrawn, validatedTeam, aggregateStopped,
                erasedAt, erasedBy, null);
    }

    /** A row whose text was not erased. */
    public HistoryRow(long position, Instant occurredAt, String kind, UUID aggregateId, UUID learningId,
            UUID teamId, UUID regionId, Tier tier, Integer version, String title, UUID validates,
            String result, String stewardId, UUID stewardRegionId, String note, String content,
            boolean learningWithdrawn, UUID validatedTeam, boolean aggregateStopped) {
        this(position, occurredAt, kind, aggregateId, learningId, teamId, regionId, tier, version, title, validates,
                result, stewardId, stewardRegionId, note, content, learningWithdrawn, validatedTeam, aggregateStopped,
                null, null);
    }

    /** A row of an aggregate the intake has not stopped. */
    public HistoryRow(long position, Instant occurredAt, String kind, UUID aggregateId, UUID learningId,
            UUID teamId, UUID regionId, Tier tier, Integer version, String title, UUID validates,
            String result, String stewardId, UUID stewardRegionId, String note, String content,
            boolean learningWithdrawn, UUID validatedTeam) {
        this(position, occurredAt, kind, aggregateId, learningId, teamId, regionId, tier, version, title, validates,
                result, stewardId, stewardRegionId, note, content, learningWithdrawn, validatedTeam, false);
    }

    public boolean isPublication() {
        return "published".equals(kind) || "validated".equals(kind);
    }

    public boolean isLesson() {
        return "lesson".equals(kind);
    }

    public boolean isValidation() {
        return "validated".equals(kind);
    }
}
