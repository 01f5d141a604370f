package org.learningledger.events;

import java.util.Objects;

/**
 * One event contract: the stable name it travels under (never the Java class name), its current
 * revision, and its visibility class.
 */
public record EventType(String name, Class<?> type, String revision, Visibility visibility) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(visibility, "visibility");
    }
}
