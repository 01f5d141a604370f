package org.learningledger.command.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import org.learningledger.events.content.Aead;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.ErasedContentException;
import org.learningledger.events.content.OpeningKeys;
import org.learningledger.events.content.SealingKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data keys of content items: created on first use, in the caller's transaction (so a key row
 * exists exactly when the content it seals was committed), unwrapped with the KEK ring and cached
 * briefly. A key enters the cache only once the transaction that read it committed, and never
 * across an erasure: an erasure empties the cache when it runs and again when its transaction ends,
 * and every other instance's cache when it commits (KeyErasureSignals). While this instance cannot
 * hear of other instances' erasures, its cache is not used at all.
 */
@Component
public class DataKeys implements SealingKeys, OpeningKeys, KeyStatus {

    private final KeyTable table;
    private final KeyEncryptionKeys keks;
    private final Clock clock;
    private final Cache<String, SecretKey> cache;
    /** Moves on every erasure; a key read before one is not cached after it. */
    private final AtomicLong erasures = new AtomicLong();
    private final Object cacheLock = new Object();
    /** Whether erasures made elsewhere reach this cache (KeyErasureSignals listening); else bypassed. */
    private volatile boolean trusted;

    DataKeys(KeyTable table, KeyEncryptionKeys keks, Clock clock,
             @Value("${ledger.keys.cache-ttl:2m}") Duration ttl) {
        this.table = table;
        this.keks = keks;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    @Override
    public SecretKey forSealing(ContentItem item) {
        long era = erasures.get();
        SecretKey cached = trusted ? cache.getIfPresent(item.key()) : null;
        if (cached != null) {
            return cached;
        }
        // Most content is new (each observation, each revision): try the insert first, one round trip.
        SecretKey fresh = Aead.newKey();
        if (table.insertIfNewAndNotErased(item, keks.ring().wrap(item, fresh), clock.instant(),
                Covering.keys(item))) {
            return remember(item, fresh, era);
        }
        // not inserted: the item has a row (live or erased), or an item covering it was erased
        KeyTable.Row row = table.find(item).orElseThrow(() -> new ErasedContentException(item));
        if (row.erased()) {
            throw new ErasedContentException(item);
        }
        return remember(item, unwrap(row), era);
    }

    /** Empty once the item is erased; a sealed item without any key row fails closed. */
    @Override
    public Optional<SecretKey> forOpening(ContentItem item) {
        long era = erasures.get();
        SecretKey cached = trusted ? cache.getIfPresent(item.key()) : null;
        if (cached != null) {
            return Optional.of(cached);
        }
        KeyTable.Row row = table.find(item).orElseThrow(() -> new MissingKeyException(item));
        return row.erased() ? Optional.empty() : Optional.of(remember(item, unwrap(row), era));
    }

    @Override
    public boolean exists(ContentItem item) {
        return table.find(item).isPresent();
    }

    /** When the item was erased, or an item that covers it (a whole experiment for an observation). */
    @Override
    public Optional<Instant> erasedAt(ContentItem item) {
        return table.findAll(Covering.keys(item)).stream().filter(KeyTable.Row::erased)
                .map(KeyTable.Row::erasedAt).min(Instant::compareTo);
    }

    /** Erases {@code item} and every item it covers, in the caller's transaction; returns rows changed. */
    public int erase(ContentItem item, Instant at) {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
        return table.erase(item, at);
    }

    /** For the query side: keys, erasures and unknown items of a batch (see InternalKeysController). */
    KeyLookup lookup(Collection<ContentItem> items) {
        return KeyLookup.of(items, table.findAll(Covering.keysOfAll(items)), row -> unwrap(row));
    }

    private SecretKey unwrap(KeyTable.Row row) {
        return keks.ringWith(row.kekVersion()).unwrap(row.item(), row.kekVersion(), row.wrapped());
    }

    /** Empties the cache; a key read before this call is not cached after it. */
    void forget() {
        synchronized (cacheLock) {
            erasures.incrementAndGet();
            cache.invalidateAll();
        }
    }

    /**
     * Whether erasures made by other instances reach this one now. Either way the cache starts empty:
     * erasures announced while nobody listened are lost, so nothing cached before may be kept.
     */
    void trust(boolean listening) {
        synchronized (cacheLock) {
            trusted = listening;
            forget();
        }
    }

    private SecretKey remember(ContentItem item, SecretKey key, long era) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    put(item, key, era);
                }
            });
        } else {
            put(item, key, era);
        }
        return key;
    }

    private void put(ContentItem item, SecretKey key, long era) {
        synchronized (cacheLock) {
            if (trusted && erasures.get() == era) {
                cache.put(item.key(), key);
            }
        }
    }

    /** Sealed content whose item has no key row: the key table and the event store disagree. */
    public static final class MissingKeyException extends IllegalStateException {
        MissingKeyException(ContentItem item) {
            super("no data key for content item " + item + ", though content is sealed under it: the key table"
                    + " does not belong to this event store (restored apart?); refusing to read on");
        }
    }
}
