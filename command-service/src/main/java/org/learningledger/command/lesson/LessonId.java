package org.learningledger.command.lesson;

import java.util.Objects;
import java.util.UUID;

/** Identifies a lesson; chosen by the client so that a retried draft is harmless. */
public record LessonId(UUID value) {

    public LessonId {
        Objects.requireNonNull(value, "lesson id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
