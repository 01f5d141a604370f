package org.learningledger.query.search;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing found, as the reader may see it.
 *
 * @param kind experiment, learning, lesson or caseReview
 * @param teamId the owning team (null for lessons and case reviews, which are no team's)
 * @param title what it is called: an experiment's question, a learning's or lesson's title
 * @param snippet a short plain excerpt around the first word found, with … where it was cut
 * @param stage the experiment's status or the learning's stage ({@link SearchFilter#STAGES})
 * @param date when it was proposed, last revised (own drafts), published or approved
 * @param link the web interface's address of it
 */
public record SearchHit(String kind, UUID id, UUID teamId, String title, String snippet, String stage, Instant date,
                        String link) {

    /** The paging cursor: kinds share no ids, but the pair is unique without relying on that. */
    String key() {
        return kind + ":" + id;
    }
}
