package org.learningledger.query.learning;

import java.util.UUID;
import org.learningledger.events.learning.Tier;

/** What a reader asked the list for; applied after visibility, so it only narrows. */
record LearningFilter(Tier tier, UUID region, String focus, UUID team) {

    LearningFilter {
        focus = focus == null || focus.isBlank() ? null : focus;
    }
}
