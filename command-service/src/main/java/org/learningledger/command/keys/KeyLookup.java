package org.learningledger.command.keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.SecretKey;
import org.learningledger.events.content.ContentItem;

/** What the key table says of a batch of items: a key, an erasure (of it or of an item covering it), or nothing. */
record KeyLookup(Map<ContentItem, SecretKey> keys, Map<ContentItem, Instant> erased, List<ContentItem> unknown) {

    static KeyLookup of(Collection<ContentItem> items, List<KeyTable.Row> rows, Function<KeyTable.Row, SecretKey> unwrap) {
        Map<String, KeyTable.Row> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(row.item().key(), row));
        Map<ContentItem, SecretKey> keys = new LinkedHashMap<>();
        Map<ContentItem, Instant> erased = new LinkedHashMap<>();
        List<ContentItem> unknown = new ArrayList<>();
        for (ContentItem item : items) {
            KeyTable.Row own = byKey.get(item.key());
            Optional<Instant> erasedAt = Covering.keys(item).stream().map(byKey::get)
                    .filter(row -> row != null && row.erased()).map(KeyTable.Row::erasedAt).min(Instant::compareTo);
            if (erasedAt.isPresent()) {
                erased.put(item, erasedAt.get());
            } else if (own != null) {
                keys.put(item, unwrap.apply(own));
            } else {
                unknown.add(item);
            }
        }
        return new KeyLookup(keys, erased, unknown);
    }
}
