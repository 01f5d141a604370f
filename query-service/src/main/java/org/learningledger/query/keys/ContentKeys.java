package org.learningledger.query.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.OpeningKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data keys the intake opens sealed payloads with, cached briefly ({@code ledger.keys.cache-ttl},
 * 5 minutes by default): fetched for a whole intake batch at once ({@link #prefetch}), dropped when an
 * erasure event is read ({@link #evict}). An erased item is remembered as such (its text opens as
 * null); an item the command service does not know is not remembered and fails the record that
 * needs it ({@link UnknownContentItemException}).
 */
@Component
public class ContentKeys implements OpeningKeys {

    /** A cached answer for one item: its key, or none once erased. */
    private record Entry(Optional<SecretKey> key) {
    }

    private final KeyService service;
    private final Cache<ContentItem, Entry> cache;

    @Autowired
    ContentKeys(KeyService service, @Value("${ledger.keys.cache-ttl:5m}") Duration ttl) {
        this(service, ttl, 200_000);
    }

    ContentKeys(KeyService service, Duration ttl, long maximumSize) {
        this.service = service;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).build();
    }

    /** Fetches what the cache lacks of these items, in as few requests as the endpoint's limit allows. */
    public void prefetch(Collection<ContentItem> items) {
        Set<ContentItem> missing = new LinkedHashSet<>();
        for (ContentItem item : items) {
            if (cache.getIfPresent(item) == null) {
                missing.add(item);
            }
        }
        List<ContentItem> all = new ArrayList<>(missing);
        for (int from = 0; from < all.size(); from += KeyService.MAX_ITEMS) {
            KeyAnswer answer = service.fetch(all.subList(from, Math.min(all.size(), from + KeyService.MAX_ITEMS)));
            answer.keys().forEach((item, key) -> cache.put(item, new Entry(Optional.of(key))));
            answer.erased().forEach((item, at) -> cache.put(item, new Entry(Optional.empty())));
        }
    }

    /** The item's key, empty once erased; fetched alone if no batch brought it. */
    @Override
    public Optional<SecretKey> forOpening(ContentItem item) {
        Entry entry = cache.getIfPresent(item);
        if (entry == null) {
            prefetch(List.of(item));
            entry = cache.getIfPresent(item);
        }
        if (entry == null) {
            throw new UnknownContentItemException(item);
        }
        return entry.key();
    }

    /** Forgets the item and every item it covers (a whole experiment's observations). */
    public void evict(ContentItem erased) {
        cache.asMap().keySet().removeIf(erased::covers);
    }
}
