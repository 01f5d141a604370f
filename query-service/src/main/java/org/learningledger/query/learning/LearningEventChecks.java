package org.learningledger.query.learning;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningEvent;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.RequiredFields;

/**
 * What the learning read model cannot do without, per event; the first field is the learning. Text
 * may be absent (shown as empty); who owns it, where and at which tier may not, since visibility
 * depends on them.
 */
final class LearningEventChecks {

    private LearningEventChecks() {
    }

    static boolean isLearningEvent(Object event) {
        return event instanceof LearningEvent;
    }

    /** The learning the event is about (null when the event does not say). */
    static UUID learningId(Object event) {
        return (UUID) required(event).values().stream().findFirst().orElse(null);
    }

    /** Names of required fields the event lacks, in declaration order; empty when complete. */
    static List<String> missingFields(Object event) {
        return RequiredFields.missing(required(event));
    }

    /** As {@link #missingFields(Object)}; the text of an event replayed after its erasure may be absent. */
    static List<String> missingFields(LedgerEvent event) {
        return RequiredFields.missing(required(event.payload()), event);
    }

    private static Map<String, Object> required(Object event) {
        return event instanceof LearningEvent e ? e.handle(REQUIRED) : Map.of();
    }

    /** Field names and values, in order: the exhaustive switch over the learning's events. */
    private static final Required REQUIRED = new Required();

    private static final class Required implements LearningEvent.Handler<Map<String, Object>> {

        @Override
        public Map<String, Object> learningDrafted(LearningDrafted e) {
            return RequiredFields.of("learningId", e.learningId(), "teamId", e.teamId());
        }

        @Override
        public Map<String, Object> learningRevised(LearningRevised e) {
            return RequiredFields.of("learningId", e.learningId());
        }

        @Override
        public Map<String, Object> learningPublished(LearningPublished e) {
            // An absent int reads as 0, which no published version has.
            return RequiredFields.of("learningId", e.learningId(), "regionId", e.regionId(), "tier", e.tier(),
                    "snapshot", e.snapshot(), "version", e.version() < 1 ? null : e.version());
        }

        @Override
        public Map<String, Object> learningWithdrawn(LearningWithdrawn e) {
            // the reason may be null: an erasure withdraws with none
            return RequiredFields.of("learningId", e.learningId());
        }

        @Override
        public Map<String, Object> learningEndorsed(LearningEndorsed e) {
            return RequiredFields.of("learningId", e.learningId(), "tier", e.tier(), "stewardId", e.stewardId());
        }

        @Override
        public Map<String, Object> teamInvitedToPublish(TeamInvitedToPublish e) {
            return RequiredFields.of("learningId", e.learningId(), "tier", e.tier(), "stewardId", e.stewardId());
        }

        @Override
        public Map<String, Object> learningRevisionErased(LearningRevisionErased e) {
            // regionId and tier are null for a revision never published
            return RequiredFields.of("learningId", e.learningId(), "teamId", e.teamId(), "revision",
                    e.revision() < 1 ? null : e.revision(), "erasure", e.erasure(), "erasure.role",
                    e.erasure() == null ? null : e.erasure().role());
        }

        @Override
        public Map<String, Object> learningNoteErased(LearningNoteErased e) {
            // an endorsement note is one steward's (a withdrawal's reason is nobody's); regionId and tier
            // say where it was visible
            Map<String, Object> required = RequiredFields.of("learningId", e.learningId(), "teamId", e.teamId(),
                    "kind", e.kind(), "erasure", e.erasure(), "erasure.role",
                    e.erasure() == null ? null : e.erasure().role());
            if (e.kind() == NoteKind.ENDORSEMENT_NOTE) {
                required.put("stewardId", e.stewardId());
            }
            return required;
        }
    }

    /** Who erased, as the read models answer it. */
    static String erasedBy(Erasure erasure) {
        return erasure.role().name();
    }
}
