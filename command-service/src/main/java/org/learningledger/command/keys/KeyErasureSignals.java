package org.learningledger.command.keys;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Empties this instance's key cache whenever any instance erases a key: each erasure notifies
 * {@link KeyTable#ERASURES_CHANNEL} on commit, and this listener holds one connection with LISTEN on it.
 * Notifications sent while it has no connection are lost, so the cache is bypassed from the moment the
 * connection fails until LISTEN holds again (fail closed), then starts empty. A connection that hangs
 * rather than fails is caught by a periodic round trip under a network timeout.
 */
@Component
class KeyErasureSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KeyErasureSignals.class);
    private static final int WAIT_MS = 1000;
    private static final int PROBE_EVERY_MS = 5000;
    private static final int NETWORK_TIMEOUT_MS = 5000;

    private final DataSource dataSource;
    private final DataKeys keys;
    private final AtomicLong sessions = new AtomicLong();
    private volatile boolean running;
    private volatile int backendPid;
    private Thread thread;

    KeyErasureSignals(DataSource dataSource, DataKeys keys) {
        this.dataSource = dataSource;
        this.keys = keys;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "key-erasure-signals");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        while (running) {
            Connection connection = null;
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                connection.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MS);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + KeyTable.ERASURES_CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                backendPid = pg.getBackendPID();
                keys.trust(true); // from here on no erasure is missed; before it, some may have been
                sessions.incrementAndGet();
                long quietSince = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    if (notifications != null && notifications.length > 0) {
                        keys.forget();
                        quietSince = System.nanoTime();
                    } else if (System.nanoTime() - quietSince > PROBE_EVERY_MS * 1_000_000L) {
                        try (Statement probe = connection.createStatement()) {
                            probe.execute("select 1");
                        }
                        quietSince = System.nanoTime();
                    }
                }
                discard(connection);
            } catch (SQLException | RuntimeException e) {
                keys.trust(false);
                discard(connection);
                if (running) {
                    log.warn("Key erasure signals lost their connection; the key cache is bypassed until"
                            + " another is taken (in a second)", e);
                    pause();
                }
            }
        }
        keys.trust(false);
    }

    /**
     * Stops listening before the pool takes the connection back (else it would pile up notices there);
     * on a broken connection the UNLISTEN fails and the pool drops it.
     */
    private static void discard(Connection connection) {
        if (connection == null) {
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
        } catch (SQLException | RuntimeException e) {
            log.debug("The key erasure signals' connection could not unlisten (closed as it is)", e);
        }
    }

    /** How many times LISTEN was established (for tests: a lost connection was taken again). */
    long sessions() {
        return sessions.get();
    }

    /** The database backend that listens now (for tests and operators). */
    int backendPid() {
        return backendPid;
    }

    private static void pause() {
        try {
            Thread.sleep(WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
