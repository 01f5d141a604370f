package org.learningledger.query.feed;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What open feeds know of the database's signals (V25): {@code ledger_feed} when entries were added,
 * {@code ledger_rights} when who may read what changed, heard on the instance's one listener connection
 * (config's DatabaseSignals). Open feeds compare the counters with what they last saw and query only when a
 * counter moved, so a hundred idle feeds cost no query at all (feed notices reach them through {@link FeedWatch},
 * also the one safety net). Both counters move when the connection is lost and when LISTEN holds again, because a
 * signal may have been missed meanwhile.
 */
@Component
public class FeedSignals {

    public static final String FEED = "ledger_feed";
    public static final String RIGHTS = "ledger_rights";
    public static final List<String> CHANNELS = List.of(FEED, RIGHTS);

    private final AtomicLong feed = new AtomicLong();
    private final AtomicLong noticed = new AtomicLong();
    private final AtomicLong rights = new AtomicLong();
    private volatile boolean listening;

    /** Moves whenever feed entries may have been added. */
    long feed() {
        return feed.get();
    }

    /** Moves whenever readers' rights may have changed. */
    long rights() {
        return rights.get();
    }

    /** Whether the listener holds its connection now (else {@link FeedWatch} reads more often). */
    boolean listening() {
        return listening;
    }

    /**
     * A notice on one of {@link #CHANNELS}. A feed notice wakes the feeds through {@link FeedWatch}, which first
     * notes the newest position: the feeds then read everything up to it, so its fallback read does not wake them
     * again for an entry whose notice they already had.
     */
    public void heard(String channel) {
        (RIGHTS.equals(channel) ? rights : noticed).incrementAndGet();
    }

    /** Moves with every feed notice heard; only {@link FeedWatch} looks at it. */
    long noticed() {
        return noticed.get();
    }

    /** Wakes the open feeds: {@link FeedWatch} heard a notice, or saw a newer entry than it saw before. */
    void entriesMoved() {
        feed.incrementAndGet();
    }

    /** While the listener is down, rights are read again now and then (a notice may have been missed). */
    void rightsMayHaveChanged() {
        rights.incrementAndGet();
    }

    /** LISTEN holds on every channel again. */
    public void listenHolds() {
        listening = true;
        missedMeanwhile();
    }

    /** The listener's connection failed, or it stopped. */
    public void lost() {
        listening = false;
        missedMeanwhile();
    }

    private void missedMeanwhile() {
        feed.incrementAndGet();
        rights.incrementAndGet();
    }
}
