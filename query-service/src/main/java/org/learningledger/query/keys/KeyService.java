package org.learningledger.query.keys;

import java.util.List;
import org.learningledger.events.content.ContentItem;

/** Where the query side gets data keys: the command service's {@code POST /internal/keys}. */
public interface KeyService {

    /** At most {@link #MAX_ITEMS} items; every item asked for is in the answer's keys, erased or unknown. */
    KeyAnswer fetch(List<ContentItem> items);

    /** The endpoint's limit per request. */
    int MAX_ITEMS = 1000;
}
