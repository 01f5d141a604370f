package org.learningledger.query.feed;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instance's one safety net for a signal that did not arrive, so that the idle cost of open feeds does not
 * grow with their number: one indexed read of the newest feed position every {@code fallback} while the listener
 * holds (every {@code poll} while it is down), moving {@link FeedSignals} when it moved; and, only while the
 * listener is down, a rights signal every {@code rightsCheck}. The feeds themselves read only when signalled.
 */
final class FeedWatch implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(FeedWatch.class);

    private final FeedSettings settings;
    private final FeedEntries entries;
    private final FeedSignals signals;
    private Instant readAt;
    private Instant rightsAt = Instant.now();
    private long newest = -1;

    FeedWatch(FeedSettings settings, FeedEntries entries, FeedSignals signals) {
        this.settings = settings;
        this.entries = entries;
        this.signals = signals;
    }

    @Override
    public void run() {
        try {
            round(Instant.now());
        } catch (RuntimeException e) {
            // The database is away: the next round tries again; the feeds' own reads will fail and end them.
            log.debug("Feed watch could not read the newest entry", e);
        }
    }

    private void round(Instant now) {
        boolean listening = signals.listening();
        Duration every = listening ? settings.fallback() : settings.poll();
        if (readAt == null || !now.isBefore(readAt.plus(every))) {
            readAt = now;
            long latest = entries.newest();
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
}
