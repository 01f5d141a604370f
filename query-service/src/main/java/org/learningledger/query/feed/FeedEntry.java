package org.learningledger.query.feed;

import java.util.Locale;
import java.util.UUID;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Sight;
import tools.jackson.databind.node.ObjectNode;

/**
 * One feed entry with what deciding its visibility needs now: the owning team, the region and tier
 * it was published at (of a lesson: no team, no learning, its region and tier), whether the learning is withdrawn by now, the team whose learning a
 * validation validates, and whether the intake stopped the learning (fail closed).
 *
 * @param payload what the entry shows (JSON), as the projection stored it
 */
record FeedEntry(long id, Kind kind, UUID learningId, UUID teamId, UUID regionId, String focus, Tier tier,
                 UUID validatedTeam, boolean learningWithdrawn, String payload, boolean learningStopped) {

    /** An entry of a learning the intake has not stopped. */
    FeedEntry(long id, Kind kind, UUID learningId, UUID teamId, UUID regionId, String focus, Tier tier,
            UUID validatedTeam, boolean learningWithdrawn, String payload) {
        this(id, kind, learningId, teamId, regionId, focus, tier, validatedTeam, learningWithdrawn, payload, false);
    }

    /** What happened; the lower-case name is the SSE {@code event:} field. */
    enum Kind {
        PUBLISHED, VALIDATED, ENDORSED, WITHDRAWN,
        /** An approved lesson: no team's and no learning's, so its entry names the lesson and its region only. */
        LESSON,
        /** A case review's published snapshot (findings and issues); blanked once withdrawn or erased. */
        CASE_REVIEW,
        /** A challenge raised or answered; {@code teamId} is the raising team (null: a steward). */
        CHALLENGE;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Kind of(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        /** The entry's own id field when it is no learning's, else null. */
        String ownId() {
            return switch (this) {
                case LESSON -> "lessonId";
                case CASE_REVIEW -> "caseReviewId";
                case CHALLENGE -> "challengeId";
                default -> null;
            };
        }
    }

    /** The SSE {@code data:} for a reader with this sight: the link of a validation drops its snapshot. */
    String data(Sight sight) {
        ObjectNode stored = (ObjectNode) LedgerJson.mapper().readTree(payload);
        // jsonb keeps no key order: put the identifying fields first again, for people reading the stream
        ObjectNode data = LedgerJson.mapper().createObjectNode().put("position", id).put("kind", kind.label());
        if (kind.ownId() != null) {
            // no learning: a lesson or case review is its region's, written by no team (so no focus either)
            data.set(kind.ownId(), stored.remove(kind.ownId()));
            data.set("regionId", stored.remove("regionId"));
            return LedgerJson.mapper().writeValueAsString(data.setAll(stored));
        }
        for (String first : new String[] {"learningId", "teamId", "regionId"}) {
            data.set(first, stored.remove(first));
        }
        data.put("focus", focus).setAll(stored);
        if (sight == Sight.LINK) {
            data.remove("snapshot");
        }
        return LedgerJson.mapper().writeValueAsString(data);
    }
}
