package org.learningledger.infra.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import org.learningledger.events.content.Aead;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.SealingKeys;
import org.learningledger.infra.KekRing;

/**
 * The data keys of the replay's generated history, made as the command service makes its own: one fresh AES-256
 * key per content item (an experiment's texts, each observation), wrapped under the current version of the stack's
 * KEK with the item's key as associated data, and registered in the command database's {@code data_key} table
 * (columns of the encryption contract). {@link #flush} commits the pending rows; the generator flushes before it
 * sends the events sealed under them, so the command service knows every key a record on Kafka names, and the
 * replaying query service fetches and unwraps them from it like any other.
 */
final class SeedKeys implements SealingKeys, AutoCloseable {

    private final KekRing ring;
    private final Connection connection;
    private final PreparedStatement insert;
    private final Map<ContentItem, SecretKey> pending = new HashMap<>();
    private long registered;

    SeedKeys(BenchStack stack) throws Exception {
        ring = stack.keys.ring();
        connection = DriverManager.getConnection(stack.jdbcUrl("ledger_command") + "?reWriteBatchedInserts=true",
                "ledger", "ledger");
        connection.setAutoCommit(false);
        try {
            insert = connection.prepareStatement(
                    "INSERT INTO data_key (item, wrapped, kek_version, created_at) VALUES (?, ?, ?, ?)");
        } catch (SQLException e) {
            connection.close();
            throw new IllegalStateException("the command database has no data_key table of the encryption contract"
                    + " (item, wrapped, kek_version, created_at): " + e.getMessage(), e);
        }
    }

    @Override
    public SecretKey forSealing(ContentItem item) {
        return pending.computeIfAbsent(item, i -> {
            SecretKey key = Aead.newKey();
            try {
                insert.setString(1, i.key());
                insert.setBytes(2, ring.wrap(i.key(), key.getEncoded()));
                insert.setInt(3, ring.current());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.addBatch();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot register the data key of " + i, e);
            }
            return key;
        });
    }

    /** Commits the keys made since the last flush. */
    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        insert.executeBatch();
        connection.commit();
        registered += pending.size();
        pending.clear();
    }

    long registered() {
        return registered;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
