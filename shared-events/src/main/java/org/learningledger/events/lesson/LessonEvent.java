package org.learningledger.events.lesson;

import java.util.UUID;
import org.learningledger.events.DomainEvent;

/**
 * The events of one lesson: a de-identified text a reviewer writes from a confidential report, which
 * travels only once a second reviewer approved it.
 */
public sealed interface LessonEvent extends DomainEvent permits LessonDrafted, LessonApproved, LessonErased {

    UUID lessonId();

    UUID regionId();

    <R> R handle(Handler<R> handler);

    /** One answer per event of the family: adding an event adds a method here. */
    interface Handler<R> {
        R lessonDrafted(LessonDrafted event);

        R lessonApproved(LessonApproved event);

        R lessonErased(LessonErased event);
    }
}
