package org.learningledger.query.keys;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import org.learningledger.events.content.ContentItem;

/**
 * What the command service answered for some content items: the data key of each live one, when each
 * erased one was erased, and those it has no key for (which must not be read past: fail closed).
 */
public record KeyAnswer(Map<ContentItem, SecretKey> keys, Map<ContentItem, Instant> erased, Set<ContentItem> unknown) {

    public KeyAnswer {
        keys = Map.copyOf(keys);
        erased = Map.copyOf(erased);
        unknown = Set.copyOf(unknown);
    }
}
