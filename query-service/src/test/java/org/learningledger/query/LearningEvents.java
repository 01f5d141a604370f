package org.learningledger.query;

import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.learning.ValidationResult;

/** Learning events as the command side writes them, with the title as the distinguishing text. */
final class LearningEvents {

    private LearningEvents() {
    }

    static LearningDrafted drafted(UUID learning, UUID team, String title) {
        return new LearningDrafted(learning, team, title, "summary of " + title, "practice of " + title,
                "context of " + title, List.of(), null, null);
    }

    /** Unnumbered, as a revision-1 event upcasts: the query side numbers it after the learning's last. */
    static LearningRevised revised(UUID learning, UUID team, String title, UUID validates) {
        return new LearningRevised(learning, team, title, "summary of " + title, "practice of " + title,
                "context of " + title, List.of(), validates, validates == null ? null : ValidationResult.CONFIRMED, 0);
    }

    static LearningPublished published(UUID learning, UUID team, UUID region, int version, Tier tier, String title) {
        return published(learning, team, region, version, tier, title, null);
    }

    static LearningPublished published(UUID learning, UUID team, UUID region, int version, Tier tier, String title,
            UUID validates) {
        Snapshot snapshot = new Snapshot(title, "summary of " + title, "practice of " + title, "context of " + title,
                List.of(new Evidence(UUID.nameUUIDFromBytes(title.getBytes()), "question of " + title, "ADOPT",
                        "evidence summary of " + title)),
                validates, validates == null ? null : ValidationResult.CONFIRMED);
        return new LearningPublished(learning, team, region, version, tier, snapshot);
    }

    static LearningEndorsed endorsed(UUID learning, UUID team, UUID region, Tier tier, String steward,
            UUID stewardRegion, String note) {
        return new LearningEndorsed(learning, team, region, tier, steward, stewardRegion, note);
    }

    static TeamInvitedToPublish invited(UUID learning, UUID team, String steward, UUID stewardRegion, Tier tier) {
        return new TeamInvitedToPublish(learning, team, steward, stewardRegion, tier);
    }

    static LearningWithdrawn withdrawn(UUID learning, UUID team, UUID region, Tier tier, String reason) {
        return new LearningWithdrawn(learning, team, region, tier, reason);
    }
}
