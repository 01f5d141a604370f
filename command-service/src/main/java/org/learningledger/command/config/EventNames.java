package org.learningledger.command.config;

import java.util.Optional;
import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventType;

/**
 * Which contract a payload class is stored under, and which class a stored name reads back as. The
 * store only ever holds these names, so moving or renaming a record changes this lookup, not history.
 */
interface EventNames {

    Optional<EventType> byClass(Class<?> type);

    /** The catalogue name or a name an earlier release stored (the first release stored class names). */
    Optional<EventType> byStoredName(String storedName);

    static EventNames catalogue() {
        return new EventNames() {
            @Override
            public Optional<EventType> byClass(Class<?> type) {
                return EventCatalog.byClass(type);
            }

            @Override
            public Optional<EventType> byStoredName(String storedName) {
                return EventCatalog.byStoredName(storedName);
            }
        };
    }
}
