package org.learningledger.command.keys;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.content.ContentItem;
import org.springframework.stereotype.Component;

/**
 * As {@link KeyEraser}, in its processing group (the erasure's transaction), for case reviews and
 * challenges: one key holds all of a review's or a challenge's texts, so erasing it shreds them all.
 */
@Component
@ProcessingGroup(KeyEraser.GROUP)
class ReviewKeyEraser {

    private final DataKeys keys;

    ReviewKeyEraser(DataKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(CaseReviewErased e, @Timestamp Instant timestamp) {
        keys.erase(ContentItem.caseReview(e.caseReviewId()), timestamp.truncatedTo(ChronoUnit.MILLIS));
    }

    @EventHandler
    void on(ChallengeErased e, @Timestamp Instant timestamp) {
        keys.erase(ContentItem.challenge(e.challengeId()), timestamp.truncatedTo(ChronoUnit.MILLIS));
    }
}
