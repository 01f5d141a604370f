package org.learningledger.command.keys;

import java.time.Instant;
import java.util.Optional;
import org.learningledger.events.content.ContentItem;

/** What the key table knows of an item, as a fact a decision can be given before it runs. */
public interface KeyStatus {

    /** Whether the item has a key row: false for content stored in clear before encryption. */
    boolean exists(ContentItem item);

    /** When the item was erased, if it was. */
    Optional<Instant> erasedAt(ContentItem item);
}
