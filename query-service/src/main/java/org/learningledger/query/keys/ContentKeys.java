package org.learningledger.query.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.OpeningKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data keys the intake opens sealed payloads with, cached briefly ({@code ledger.keys.cache-ttl},
 * 5 minutes by default): fetched for a whole intake batch at once ({@link #prefetch}), dropped when an
 * erasure event is read ({@link #evict}), here or by another instance ({@link KeyErasureSignals}: an
 * instance reads only some partitions). While this instance cannot hear of other instances' erasures
 * ({@link #trust}), nothing is kept beyond the batch it was fetched for. An erased item is remembered
 * as such (its text opens as null); an item the command service does not know is not remembered and
 * fails the record that needs it ({@link UnknownContentItemException}).
 */
@Component
public class ContentKeys implements OpeningKeys {

    /** A cached answer for one item: its key, or none once erased. */
    private record Entry(Optional<SecretKey> key) {
    }

    private record Eviction(long number, ContentItem item) {
    }

    private final KeyService service;
    private final Cache<ContentItem, Entry> cache;
    /** Numbers the evictions: what one takes out is not cached afterwards from an answer fetched before it. */
    private final AtomicLong evictions = new AtomicLong();
    /** The latest evictions (item null: all of them), to take out of an answer fetched across them. */
    private final Deque<Eviction> recent = new ArrayDeque<>();
    private final Object lock = new Object();
    private volatile boolean trusted;

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
        fetch(items);
    }

    /** The answers fetched for what the cache lacked; cached unless an eviction came meanwhile. */
    private Map<ContentItem, Entry> fetch(Collection<ContentItem> items) {
        if (!trusted) {
            cache.invalidateAll(); // erasures elsewhere may go unheard: keep nothing from an earlier batch
        }
        long seen = evictions.get();
        Set<ContentItem> missing = new LinkedHashSet<>();
        for (ContentItem item : items) {
            if (cache.getIfPresent(item) == null) {
                missing.add(item);
            }
        }
        List<ContentItem> all = new ArrayList<>(missing);
        Map<ContentItem, Entry> fetched = new HashMap<>();
        for (int from = 0; from < all.size(); from += KeyService.MAX_ITEMS) {
            KeyAnswer answer = service.fetch(all.subList(from, Math.min(all.size(), from + KeyService.MAX_ITEMS)));
            answer.keys().forEach((item, key) -> fetched.put(item, new Entry(Optional.of(key))));
            answer.erased().forEach((item, at) -> fetched.put(item, new Entry(Optional.empty())));
        }
        synchronized (lock) {
            cache.putAll(withoutEvictedSince(seen, fetched));
        }
        return fetched;
    }

    /** The item's key, empty once erased; fetched alone if no batch brought it. */
    @Override
    public Optional<SecretKey> forOpening(ContentItem item) {
        Entry entry = cache.getIfPresent(item);
        if (entry == null) {
            entry = fetch(List.of(item)).get(item);
        }
        if (entry == null) {
            throw new UnknownContentItemException(item);
        }
        return entry.key();
    }

    /** Forgets the item and every item it covers (a whole experiment's observations). */
    public void evict(ContentItem erased) {
        synchronized (lock) {
            evicted(erased);
            cache.asMap().keySet().removeIf(erased::covers);
        }
    }

    /**
     * Whether erasures applied by other instances reach this one now (its listener holds LISTEN). Either
     * way the cache starts empty: erasures announced while nobody listened are lost.
     */
    void trust(boolean listening) {
        synchronized (lock) {
            trusted = listening;
            evicted(null);
            cache.invalidateAll();
        }
    }

    private void evicted(ContentItem item) {
        recent.addLast(new Eviction(evictions.incrementAndGet(), item));
        if (recent.size() > 1000) {
            recent.removeFirst();
        }
    }

    /** What of an answer fetched after eviction {@code seen} may be cached now (held under the lock). */
    private Map<ContentItem, Entry> withoutEvictedSince(long seen, Map<ContentItem, Entry> fetched) {
        if (evictions.get() == seen) {
            return fetched;
        }
        if (recent.isEmpty() || recent.peekFirst().number() > seen + 1) {
            return Map.of(); // too many since: cache nothing of it
        }
        Map<ContentItem, Entry> keep = new HashMap<>(fetched);
        for (Eviction e : recent) {
            if (e.number() > seen) {
                if (e.item() == null) {
                    return Map.of();
                }
                keep.keySet().removeIf(e.item()::covers);
            }
        }
        return keep;
    }
}
