package org.learningledger.events.lesson;

import java.util.UUID;
import org.learningledger.events.content.Erasure;

/**
 * A lesson's title, summary and practice were erased on every copy: its data key is deleted and it
 * takes no new text. The fact that it was drafted, and approved at a tier, stays.
 */
public record LessonErased(UUID lessonId, UUID reportId, UUID regionId, Erasure erasure) implements LessonEvent {

    @Override
    public <R> R handle(LessonEvent.Handler<R> handler) {
        return handler.lessonErased(this);
    }
}
