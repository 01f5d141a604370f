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
     * {@code stopped}: the intake stopped applying its events; {@code reasonErased}: the withdrawal's
     * reason (then null) was erased, when and by whom.
     */
    record Learning(UUID id, UUID teamId, String teamName, String focus, UUID regionId, Tier tier, boolean withdrawn,
                    Instant withdrawnAt, String withdrawReason, Draft draft, boolean stopped, Erased reasonErased) {

        Learning(UUID id, UUID teamId, String teamName, String focus, UUID regionId, Tier tier, boolean withdrawn,
                Instant withdrawnAt, String withdrawReason, Draft draft, boolean stopped) {
            this(id, teamId, teamName, focus, regionId, tier, withdrawn, withdrawnAt, withdrawReason, draft, stopped,
                    Erased.NOT);
        }

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

    /** An endorsement; its note null once erased (when, by whom). */
    record Endorsement(String stewardId, UUID stewardRegionId, Tier tier, String note, Instant endorsedAt,
                       Erased noteErased) {

        Endorsement(String stewardId, UUID stewardRegionId, Tier tier, String note, Instant endorsedAt) {
            this(stewardId, stewardRegionId, tier, note, endorsedAt, Erased.NOT);
        }
    }

    /** When and by whom (TEAM, STEWARD or ADMINISTRATOR) a text was erased; both null when it was not. */
    record Erased(Instant at, String by) {
        static final Erased NOT = new Erased(null, null);
    }

    record Invitation(String stewardId, UUID stewardRegionId, Tier tier, Instant invitedAt) {
    }
}
