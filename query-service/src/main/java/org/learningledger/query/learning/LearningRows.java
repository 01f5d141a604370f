package org.learningledger.query.learning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;

/** The learning read model as stored, before any reader's view is cut from it. */
final class LearningRows {

    private LearningRows() {
    }

    /**
     * A learning with its team's name and focus; {@code regionId} is the team's until it publishes;
     * {@code stopped}: the intake stopped applying its events.
     */
    record Learning(UUID id, UUID teamId, String teamName, String focus, UUID regionId, Tier tier, boolean withdrawn,
                    Instant withdrawnAt, String withdrawReason, Draft draft, boolean stopped) {

        /** A learning the intake has not stopped. */
        Learning(UUID id, UUID teamId, String teamName, String focus, UUID regionId, Tier tier, boolean withdrawn,
                Instant withdrawnAt, String withdrawReason, Draft draft) {
            this(id, teamId, teamName, focus, regionId, tier, withdrawn, withdrawnAt, withdrawReason, draft, false);
        }
    }

    /** The team's current, private content; its texts null once erased (when, by whom). */
    record Draft(String title, String summary, String practice, String context, List<UUID> evidence, UUID validates,
                 String result, Instant revisedAt, Instant erasedAt, String erasedBy, int revision) {

        Draft(String title, String summary, String practice, String context, List<UUID> evidence, UUID validates,
                String result, Instant revisedAt) {
            this(title, summary, practice, context, evidence, validates, result, revisedAt, null, null, 0);
        }
    }

    /** A version as published; {@code snapshot} is null where only the list was read; its texts null once erased. */
    record Version(int version, Tier tier, Instant publishedAt, String title, Snapshot snapshot, Instant erasedAt,
                   String erasedBy) {

        Version(int version, Tier tier, Instant publishedAt, String title, Snapshot snapshot) {
            this(version, tier, publishedAt, title, snapshot, null, null);
        }
    }

    record Endorsement(String stewardId, UUID stewardRegionId, Tier tier, String note, Instant endorsedAt) {
    }

    record Invitation(String stewardId, UUID stewardRegionId, Tier tier, Instant invitedAt) {
    }
}
