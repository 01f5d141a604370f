package org.learningledger.command.config;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An aggregate cache that is checked against the event store before each use: with two command services, the
 * other instance may have appended to the aggregate since this one cached it, and a decision on the stale state
 * would refuse what the recorded state allows (a measure defined there, unknown here). One indexed query per
 * command, in the command's transaction; a stale entry is dropped and the stream loaded afresh. An append by the
 * other instance after the check fails on the sequence and {@link ConflictRetry} decides again.
 */
final class StoreCheckedCache extends WeakReferenceCache {

    /** Axon 4 keeps the cached version private; it is frozen upstream, and a missing field fails at start-up. */
    private static final VarHandle VERSION = versionOfCacheEntry();

    private final JdbcClient jdbc;

    StoreCheckedCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public <K, V> V get(K key) {
        V value = super.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !Objects.equals(VERSION.get(entry), lastSequence(key))) {
            remove(key);
            return null;
        }
        return value;
    }

    private Long lastSequence(Object aggregate) {
        return jdbc.sql("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?")
                .param(aggregate.toString()).query(Long.class).list().get(0); // null: no event
    }

    private static VarHandle versionOfCacheEntry() {
        try {
            return MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("Axon's AggregateCacheEntry has no version field any more: " + e);
        }
    }
}
