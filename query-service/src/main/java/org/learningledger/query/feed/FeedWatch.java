package org.learningledger.query.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instance's one link between the database's feed notices and the open feeds, and its safety net for a notice
 * that did not arrive, so that the idle cost of open feeds does not grow with their number. On a notice it notes the
 * newest feed position, then wakes the feeds (which read everything up to it and more). Every {@code fallback}
 * while the listener holds (every {@code poll} while it is down) it reads the newest position once and wakes the
 * feeds only when it is past the noted one. Only while the listener is down, a rights signal every
 * {@code rightsCheck}. The feeds themselves read only when woken.
 */
final class FeedWatch implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(FeedWatch.class);

    private final FeedSettings settings;
    private final LongSupplier newestEntry;
    private final FeedSignals signals;
    private Instant readAt;
    private Instant rightsAt = Instant.now();
    private long newest = -1;
    private long noticed;

    FeedWatch(FeedSettings settings, LongSupplier newestEntry, FeedSignals signals) {
        this.settings = settings;
        this.newestEntry = newestEntry;
        this.signals = signals;
        this.noticed = signals.noticed();
    }

    @Override
    public void run() {
        round(Instant.now());
    }

    void round(Instant now) {
        long heard = signals.noticed();
        if (heard != noticed) {
            noticed = heard;
            newest = readNewest(-1); // noted before the feeds wake; unknown (-1) if the read failed
            readAt = now;
            signals.entriesMoved();
        }
        boolean listening = signals.listening();
        Duration every = listening ? settings.fallback() : settings.poll();
        if (readAt == null || !now.isBefore(readAt.plus(every))) {
            readAt = now;
            long latest = readNewest(newest);
            if (latest != newest) {
                newest = latest;
                signals.entriesMoved();
            }
        }
        if (!listening && !now.isBefore(rightsAt.plus(settings.rightsCheck()))) {
            rightsAt = now;
            signals.rightsMayHaveChanged();
        }
    }

    private long readNewest(long otherwise) {
        try {
            return newestEntry.getAsLong();
        } catch (RuntimeException e) {
            // The database is away: the next round tries again; the feeds' own reads will fail and end them.
            log.debug("Feed watch could not read the newest entry", e);
            return otherwise;
        }
    }
}
