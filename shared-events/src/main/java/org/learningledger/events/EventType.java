package org.learningledger.events;

import java.util.List;
import java.util.Objects;

/**
 * One event contract: the stable name it is stored and travels under (never the Java class name),
 * its current revision, its visibility class, and the names earlier releases stored it under
 * ({@code formerNames}: the first release wrote Java class names), which readers still accept.
 */
public record EventType(String name, Class<? extends DomainEvent> type, String revision, Visibility visibility,
                        List<String> formerNames) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(visibility, "visibility");
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
        if (Integer.parseInt(revision) < 1) {
            throw new IllegalArgumentException("revisions start at 1: " + name + " " + revision);
        }
    }

    public int currentRevision() {
        return Integer.parseInt(revision);
    }
}
