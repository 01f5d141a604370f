package org.learningledger.command.keys;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.learningledger.events.content.ContentItem;

/** An item's key and the keys of the items that cover it (whose erasure erases it too). */
final class Covering {

    private Covering() {
    }

    /** The item itself first, then each covering item, nearest first. */
    static List<String> keys(ContentItem item) {
        List<String> keys = new java.util.ArrayList<>(List.of(item.key()));
        String key = item.key();
        for (int slash = key.lastIndexOf('/'); slash > 0; slash = key.lastIndexOf('/', slash - 1)) {
            String prefix = key.substring(0, slash);
            if (ContentItem.isKey(prefix) && new ContentItem(prefix).covers(item)) {
                keys.add(prefix);
            }
        }
        return keys;
    }

    static Set<String> keysOfAll(Collection<ContentItem> items) {
        Set<String> keys = new LinkedHashSet<>();
        items.forEach(item -> keys.addAll(keys(item)));
        return keys;
    }
}
