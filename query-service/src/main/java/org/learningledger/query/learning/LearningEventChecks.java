package org.learningledger.query.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.query.intake.RequiredFields;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.TeamInvitedToPublish;

/**
 * What the learning read model cannot do without, per event; the first field is the learning. Text
 * may be absent (shown as empty); who owns it, where and at which tier may not, since visibility
 * depends on them.
 */
final class LearningEventChecks {

    private LearningEventChecks() {
    }

    static boolean isLearningEvent(Object event) {
        return !required(event).isEmpty();
    }

    /** The learning the event is about (null when the event does not say). */
    static UUID learningId(Object event) {
        return (UUID) required(event).values().stream().findFirst().orElse(null);
    }

    /** Names of required fields the event lacks, in declaration order; empty when complete. */
    static List<String> missingFields(Object event) {
        List<String> missing = new ArrayList<>(RequiredFields.missing(required(event)));
        if (event instanceof LearningPublished e && e.version() < 1) {
            missing.add("version"); // an absent int reads as 0
        }
        return missing;
    }

    private static Map<String, Object> required(Object event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (event instanceof LearningDrafted e) {
            fields.put("learningId", e.learningId());
            fields.put("teamId", e.teamId());
        } else if (event instanceof LearningRevised e) {
            fields.put("learningId", e.learningId());
        } else if (event instanceof LearningPublished e) {
            fields.put("learningId", e.learningId());
            fields.put("regionId", e.regionId());
            fields.put("tier", e.tier());
            fields.put("snapshot", e.snapshot());
        } else if (event instanceof LearningWithdrawn e) {
            fields.put("learningId", e.learningId());
        } else if (event instanceof LearningEndorsed e) {
            fields.put("learningId", e.learningId());
            fields.put("tier", e.tier());
            fields.put("stewardId", e.stewardId());
        } else if (event instanceof TeamInvitedToPublish e) {
            fields.put("learningId", e.learningId());
            fields.put("tier", e.tier());
            fields.put("stewardId", e.stewardId());
        }
        return fields;
    }
}
