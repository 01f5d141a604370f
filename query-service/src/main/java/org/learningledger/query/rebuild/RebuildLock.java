package org.learningledger.query.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * One rebuild across all query services sharing the database: a session-level advisory lock, held
 * by a connection of its own for the rebuild's whole life. If the instance dies, PostgreSQL ends its
 * session and the lock goes with it, so the next rebuild can start anywhere.
 */
@Component
class RebuildLock {

    static final long KEY = 0x4c65646765725242L; // "LedgerRB"

    /** The sessions holding it, as pg_locks shows a one-bigint advisory key: its high and low halves, objsubid 1. */
    static final String HOLDERS = """
            SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
            AND l.classid::bigint = %d AND l.objid::bigint = %d""".formatted(KEY >>> 32, KEY & 0xffffffffL);

    private static final long PATIENCE_NANOS = 1_000_000_000L;

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    RebuildLock(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * The lock, or empty when another session (a rebuild on some instance) holds it for longer than a
     * second: one that has just ended records its end, then lets go, so a start right after (the
     * poller saw DONE) waits that moment out rather than being refused.
     */
    Optional<Held> tryAcquire() {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (true) {
            Optional<Held> held = tryOnce();
            if (held.isPresent() || System.nanoTime() > deadline) {
                return held;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private Optional<Held> tryOnce() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            JdbcClient session = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            if (Boolean.TRUE.equals(session.sql("SELECT pg_try_advisory_lock(:key)").param("key", KEY)
                    .query(Boolean.class).single())) {
                int pid = session.sql("SELECT pg_backend_pid()").query(Integer.class).single();
                return Optional.of(new Held(connection, session, pid));
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof RuntimeException r ? r : new IllegalStateException("Could not take the rebuild lock", e);
        }
    }

    /** True while any session holds it: a rebuild runs on some instance. */
    boolean heldByAnyone() {
        return !jdbc.sql(HOLDERS).query().listOfRows().isEmpty();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the session is gone, and the lock with it
            }
        }
    }

    /** The lock as held; {@link #close} releases it before the connection goes back to the pool. */
    static final class Held implements AutoCloseable {

        private final Connection connection;
        private final JdbcClient session;
        final int pid;

        private Held(Connection connection, JdbcClient session, int pid) {
            this.connection = connection;
            this.session = session;
            this.pid = pid;
        }

        /** False once the session was lost (PostgreSQL then released the lock, so another rebuild may run). */
        boolean stillHeld() {
            try {
                return !session.sql(HOLDERS + " AND l.pid = pg_backend_pid()").query().listOfRows().isEmpty();
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public void close() {
            try {
                // A pooled connection keeps its session's locks: unlock before it is handed to anyone else.
                session.sql("SELECT pg_advisory_unlock(:key)").param("key", KEY).query().listOfRows();
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
