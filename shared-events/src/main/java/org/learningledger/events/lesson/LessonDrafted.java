package org.learningledger.events.lesson;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A reviewer of the region drafted a de-identified lesson from a report, for {@code tier}: only the
 * region's reviewers see it until a second reviewer approves it.
 */
public record LessonDrafted(UUID lessonId, UUID reportId, UUID regionId,
                            @NotPersonal(OrganisationEvent.ACCOUNT) String reviewerId,
                            @Personal String title, @Personal String summary, @Personal String practice, Tier tier)
        implements LessonEvent {

    @Override
    public <R> R handle(LessonEvent.Handler<R> handler) {
        return handler.lessonDrafted(this);
    }
}
