package org.learningledger.command.keys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.learningledger.command.keys.KekRing.Wrapped;
import org.learningledger.events.content.ContentItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code data_key} table (V4). Every statement runs on the caller's transaction, if any: the
 * JdbcClient takes the Spring-bound connection, the same one Axon's event store appends with (see
 * EventStoreConfig), so a key row commits or rolls back with the events it seals or erases.
 */
@Component
class KeyTable {

    /** One row: {@code wrapped} and {@code kekVersion} null once erased. */
    record Row(ContentItem item, byte[] wrapped, Integer kekVersion, Instant erasedAt) {
        boolean erased() {
            return erasedAt != null;
        }
    }

    /** The channel an erasure is announced on, in the erasing transaction (delivered on commit). */
    static final String ERASURES_CHANNEL = "ledger_key_erasures";

    private static final String COLUMNS = "select item, wrapped, kek_version, erased_at from data_key";

    private final JdbcClient jdbc;

    KeyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(ContentItem item) {
        return jdbc.sql(COLUMNS + " where item = ?").param(item.key()).query(KeyTable::row).optional();
    }

    List<Row> findAll(Collection<String> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where item in (:items)").param("items", items).query(KeyTable::row).list();
    }

    /** Whether this call inserted the row; false if the item had one (a concurrent insert is waited for). */
    boolean insertIfAbsent(ContentItem item, Wrapped wrapped, Instant at) {
        return jdbc.sql("insert into data_key (item, wrapped, kek_version, created_at) values (?, ?, ?, ?)"
                        + " on conflict (item) do nothing")
                .params(item.key(), wrapped.bytes(), wrapped.version(), utc(at)).update() == 1;
    }

    /**
     * Inserts the item's key unless it has a row or an item covering it was erased; whether it did. One
     * statement for the common case of new content; the caller looks closer when it did not.
     */
    boolean insertIfNewAndNotErased(ContentItem item, Wrapped wrapped, Instant at, List<String> covering) {
        return jdbc.sql("insert into data_key (item, wrapped, kek_version, created_at) select :item, :wrapped,"
                        + " :version, :at where not exists (select 1 from data_key where item in (:covering)"
                        + " and erased_at is not null) on conflict (item) do nothing")
                .param("item", item.key()).param("wrapped", wrapped.bytes()).param("version", wrapped.version())
                .param("at", utc(at)).param("covering", covering).update() == 1;
    }

    /** Erases the item (a row without a key, even if it had none) and every item under it; returns how many. */
    int erase(ContentItem item, Instant at) {
        int own = jdbc.sql("insert into data_key (item, wrapped, kek_version, created_at, erased_at)"
                        + " values (?, null, null, ?, ?) on conflict (item) do update"
                        + " set wrapped = null, kek_version = null, erased_at = excluded.erased_at"
                        + " where data_key.erased_at is null")
                .params(item.key(), utc(at), utc(at)).update();
        // "under": the keys that start with item + "/", a range in the column's bytewise (C) order
        int covered = jdbc.sql("update data_key set wrapped = null, kek_version = null, erased_at = ?"
                        + " where item >= ? and item < ? and erased_at is null")
                .params(utc(at), item.key() + "/", item.key() + "0").update();
        // Every instance's key cache hears of it once this transaction commits (KeyErasureSignals);
        // a rolled-back erasure sends nothing.
        jdbc.sql("select pg_notify('" + ERASURES_CHANNEL + "', ?)").param(item.key()).query().listOfRows();
        return own + covered;
    }

    /** Live keys by KEK version. */
    Map<Integer, Long> countsByVersion() {
        Map<Integer, Long> counts = new TreeMap<>();
        jdbc.sql("select kek_version, count(*) from data_key where wrapped is not null group by kek_version")
                .query(rs -> {
                    counts.put(rs.getInt(1), rs.getLong(2));
                });
        return counts;
    }

    long erasedCount() {
        return jdbc.sql("select count(*) from data_key where erased_at is not null").query(Long.class).single();
    }

    /** Up to {@code limit} live keys after {@code after} (in key order) not wrapped by {@code version}. */
    List<Row> notWrappedBy(int version, String after, int limit) {
        return jdbc.sql(COLUMNS + " where wrapped is not null and kek_version <> ? and item > ? order by item limit ?")
                .params(version, after, limit).query(KeyTable::row).list();
    }

    /** Replaces a live key's wrapping, unless it changed meanwhile (erased, or rewrapped by another call). */
    boolean rewrap(Row row, Wrapped wrapped) {
        return jdbc.sql("update data_key set wrapped = ?, kek_version = ? where item = ? and kek_version = ?"
                        + " and erased_at is null")
                .params(wrapped.bytes(), wrapped.version(), row.item().key(), row.kekVersion()).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime erased = rs.getObject("erased_at", OffsetDateTime.class);
        int version = rs.getInt("kek_version");
        return new Row(new ContentItem(rs.getString("item")), rs.getBytes("wrapped"), rs.wasNull() ? null : version,
                erased == null ? null : erased.toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
