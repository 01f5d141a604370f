package org.learningledger.query.feed;

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
 * One listener per instance for the database's signals (V25): {@code ledger_feed} when entries were added,
 * {@code ledger_rights} when who may read what changed. Open feeds compare the counters with what they last
 * saw and query only when a counter moved, so a hundred idle feeds cost no query at all. A lost connection is
 * taken again, and both counters move then, because a signal may have been missed meanwhile.
 */
@Component
class FeedSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedSignals.class);
    private static final int WAIT_MS = 1000;

    private final DataSource dataSource;
    private final AtomicLong feed = new AtomicLong();
    private final AtomicLong rights = new AtomicLong();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    FeedSignals(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Moves whenever feed entries may have been added. */
    long feed() {
        return feed.get();
    }

    /** Moves whenever readers' rights may have changed. */
    long rights() {
        return rights.get();
    }

    /** Whether the listener holds its connection now (else feeds fall back to their slow poll). */
    boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "feed-signals");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN ledger_feed");
                    statement.execute("LISTEN ledger_rights");
                }
                listening = true;
                missedMeanwhile();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MS);
                    for (PGNotification n : notifications == null ? new PGNotification[0] : notifications) {
                        (n.getName().equals("ledger_rights") ? rights : feed).incrementAndGet();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                missedMeanwhile();
                if (running) {
                    log.warn("Feed signals lost their connection; taking another in a second", e);
                    pause();
                }
            }
        }
        listening = false;
    }

    private void missedMeanwhile() {
        feed.incrementAndGet();
        rights.incrementAndGet();
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
