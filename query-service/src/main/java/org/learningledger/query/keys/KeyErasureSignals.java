package org.learningledger.query.keys;

import java.util.concurrent.atomic.AtomicLong;
import org.learningledger.events.content.ContentItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Evicts an erased item from this instance's key cache whichever instance applied its erasure: each
 * query instance reads only some partitions, so the intake notifies {@link #CHANNEL} in the transaction
 * that applies an erasure (intake's KeyErasureNotices), and the instance's one listener connection
 * (config's DatabaseSignals) hands the notices here. Notifications sent while it has no connection are
 * lost, so from the moment the connection fails until LISTEN holds again the cache keeps nothing beyond
 * a batch (fail closed), then starts empty. (The command service does the same for its own key cache,
 * on its own database.)
 */
@Component
public class KeyErasureSignals {

    /** The channel; the payload is the erased content item's key. */
    public static final String CHANNEL = "ledger_key_erasures";

    private static final Logger log = LoggerFactory.getLogger(KeyErasureSignals.class);

    private final ContentKeys keys;
    private final AtomicLong sessions = new AtomicLong();

    KeyErasureSignals(ContentKeys keys) {
        this.keys = keys;
    }

    /** A notice on {@link #CHANNEL}: the erased item's key. */
    public void heard(String item) {
        try {
            keys.evict(new ContentItem(item));
        } catch (IllegalArgumentException e) {
            log.warn("An erasure notice names no content item ({}); emptying the key cache", item);
            keys.trust(true);
        }
    }

    /** LISTEN holds on every channel: from here on no erasure is missed; before it, some may have been. */
    public void listenHolds() {
        keys.trust(true);
        sessions.incrementAndGet();
    }

    /** The listener's connection failed, or it stopped: keep nothing beyond a batch. */
    public void lost() {
        keys.trust(false);
    }

    /** How many times LISTEN was established (for tests: a lost connection was taken again). */
    long sessions() {
        return sessions.get();
    }
}
