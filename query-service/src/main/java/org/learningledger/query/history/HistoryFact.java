package org.learningledger.query.history;

import java.util.UUID;

/**
 * The columns of one {@code history_event} row that an event gives, before it is stored.
 *
 * @param lessonId of an approved lesson (then no team and no learning), else null
 */
record HistoryFact(String kind, UUID learningId, UUID teamId, UUID regionId, String tier, Integer version,
                   String title, UUID validates, String result, String stewardId, UUID stewardRegionId, String note,
                   Object content, UUID lessonId) {

    /** A fact of a team's work. */
    HistoryFact(String kind, UUID learningId, UUID teamId, UUID regionId, String tier, Integer version,
            String title, UUID validates, String result, String stewardId, UUID stewardRegionId, String note,
            Object content) {
        this(kind, learningId, teamId, regionId, tier, version, title, validates, result, stewardId, stewardRegionId,
                note, content, null);
    }

    static HistoryFact teamPrivate(String kind, UUID learningId, UUID teamId, String title, String note,
            Object content) {
        return new HistoryFact(kind, learningId, teamId, null, null, null, title, null, null, null, null, note,
                content);
    }
}
