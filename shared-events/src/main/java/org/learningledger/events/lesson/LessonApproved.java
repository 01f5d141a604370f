package org.learningledger.events.lesson;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A second reviewer of the region, not its drafter, approved the lesson as drafted: it is published to
 * {@code tier} with this text, and readers of that tier see it as they see a learning.
 */
public record LessonApproved(UUID lessonId, UUID reportId, UUID regionId,
                             @NotPersonal(OrganisationEvent.ACCOUNT) String approverId, Tier tier,
                             @Personal String title, @Personal String summary, @Personal String practice)
        implements LessonEvent {

    @Override
    public <R> R handle(LessonEvent.Handler<R> handler) {
        return handler.lessonApproved(this);
    }
}
