package org.learningledger.command.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import org.learningledger.events.content.Aead;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.ErasedContentException;
import org.learningledger.events.content.OpeningKeys;
import org.learningledger.events.content.SealingKeys;

/** Data keys in a map, for serializer tests without a database. */
final class MemoryKeys implements SealingKeys, OpeningKeys {

    private final Map<ContentItem, SecretKey> keys = new HashMap<>();
    private final Set<ContentItem> erased = new HashSet<>();

    static CatalogueSerializer serializer(EventNames names) {
        MemoryKeys keys = new MemoryKeys();
        return keys.serializerFor(names);
    }

    CatalogueSerializer serializerFor(EventNames names) {
        return new CatalogueSerializer(names, null, this, this);
    }

    @Override
    public SecretKey forSealing(ContentItem item) {
        if (erased.contains(item)) {
            throw new ErasedContentException(item);
        }
        return keys.computeIfAbsent(item, i -> Aead.newKey());
    }

    @Override
    public Optional<SecretKey> forOpening(ContentItem item) {
        return erased.contains(item) ? Optional.empty() : Optional.of(keys.get(item));
    }

    void erase(ContentItem item) {
        erased.add(item);
        keys.remove(item);
    }
}
