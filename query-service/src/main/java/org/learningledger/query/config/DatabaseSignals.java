package org.learningledger.query.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one listener of this instance for the read-model database's NOTIFY signals: one pooled connection
 * with LISTEN on every channel of every {@link SignalSubscription} (wired in {@link SignalSubscriptions}),
 * one thread handing each notice to its channel's subscription. Notices sent while it has no connection
 * are lost, so each subscription hears {@code lost} as soon as the connection fails and {@code listening}
 * only once LISTEN holds on all channels again. A connection that hangs rather than fails is caught by a
 * periodic round trip under a network timeout.
 */
@Component
public class DatabaseSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSignals.class);
    private static final int WAIT_MS = 1000;
    private static final int PROBE_EVERY_MS = 5000;
    private static final int NETWORK_TIMEOUT_MS = 5000;

    private final DataSource dataSource;
    private final List<SignalSubscription> subscriptions;
    private final Map<String, SignalSubscription> byChannel = new LinkedHashMap<>();
    private volatile boolean running;
    private volatile int backendPid;
    private Thread thread;

    public DatabaseSignals(DataSource dataSource, List<SignalSubscription> subscriptions) {
        this.dataSource = dataSource;
        this.subscriptions = List.copyOf(subscriptions);
        for (SignalSubscription subscription : this.subscriptions) {
            for (String channel : subscription.channels()) {
                if (byChannel.putIfAbsent(channel, subscription) != null) {
                    throw new IllegalArgumentException("Two subscriptions to the channel " + channel);
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "database-signals");
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
                    for (String channel : byChannel.keySet()) {
                        statement.execute("LISTEN " + channel);
                    }
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                backendPid = pg.getBackendPID();
                log.info("Database signals listen on {} (backend {})", byChannel.keySet(), backendPid);
                // Only now, with LISTEN on every channel: no notice sent from here on is missed.
                subscriptions.forEach(s -> s.listening().run());
                receive(connection, pg);
                discard(connection);
            } catch (SQLException | RuntimeException e) {
                lost();
                discard(connection);
                if (running) {
                    log.warn("Database signals lost their connection; taking another in a second. Meanwhile: {}",
                            String.join("; ", subscriptions.stream().map(SignalSubscription::whileLost).toList()), e);
                    pause();
                }
            }
        }
        lost();
    }

    /** Hands over notices until stopped; a handler's failure counts as a lost connection (heard again). */
    private void receive(Connection connection, PGConnection pg) throws SQLException {
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    SignalSubscription subscription = byChannel.get(notification.getName());
                    if (subscription != null) {
                        subscription.notice().accept(notification.getName(), notification.getParameter());
                    }
                }
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > PROBE_EVERY_MS * 1_000_000L) {
                try (Statement probe = connection.createStatement()) {
                    probe.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    /** Tells every subscription; one that fails must not keep the others from hearing it. */
    private void lost() {
        for (SignalSubscription subscription : subscriptions) {
            try {
                subscription.lost().run();
            } catch (RuntimeException e) {
                log.error("A database signals subscription failed on the lost connection", e);
            }
        }
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
            log.debug("The database signals' connection could not unlisten (closed as it is)", e);
        }
    }

    /** The database backend that listens now (for tests and operators). */
    public int backendPid() {
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

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1; // stopped after the feeds (they stop first, at MAX_VALUE)
    }
}
