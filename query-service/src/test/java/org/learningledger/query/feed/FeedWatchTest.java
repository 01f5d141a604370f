package org.learningledger.query.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedWatchTest {

    private static final FeedSettings SETTINGS = new FeedSettings(Duration.ofMillis(250), Duration.ofSeconds(30),
            Duration.ofSeconds(15), Duration.ofMinutes(30), 4, 200, 10, 5, Duration.ofSeconds(10));

    private final AtomicLong table = new AtomicLong(2);
    private final AtomicInteger reads = new AtomicInteger();
    private final FeedSignals signals = new FeedSignals();
    private final FeedWatch watch = new FeedWatch(SETTINGS, () -> {
        reads.incrementAndGet();
        return table.get();
    }, signals);
    private Instant now = Instant.parse("2026-12-04T10:00:00Z");

    @BeforeEach
    void listeningAndFirstRoundDone() {
        signals.listenHolds();
        watch.round(now);
    }

    @Test
    void givenANoticeForAnEntry_whenTheFallbackReadsLater_thenTheFeedsAreNotWokenAgainForIt() {
        long before = signals.feed();
        table.set(3);
        signals.heard(FeedSignals.FEED);
        watch.round(advance(Duration.ofMillis(50)));
        assertThat(signals.feed()).as("woken once by the notice").isEqualTo(before + 1);

        watch.round(advance(Duration.ofSeconds(11)));
        assertThat(signals.feed()).as("the fallback read finds nothing past what the notice covered").isEqualTo(before + 1);
    }

    @Test
    void givenAnEntryWithoutANotice_whenTheFallbackReads_thenTheFeedsAreWoken() {
        table.set(3);
        signals.heard(FeedSignals.FEED);
        watch.round(advance(Duration.ofMillis(50)));
        long afterNotice = signals.feed();
        table.set(4); // committed after the notice's read, its own notice lost

        watch.round(advance(Duration.ofSeconds(5)));
        assertThat(signals.feed()).as("not before the fallback is due").isEqualTo(afterNotice);
        watch.round(advance(Duration.ofSeconds(6)));
        assertThat(signals.feed()).isEqualTo(afterNotice + 1);
    }

    @Test
    void givenNoNoticeAndNoEntry_whenRoundsPass_thenTheTableIsReadOnlyEveryFallback() {
        int first = reads.get();
        long feed = signals.feed();
        for (int round = 0; round < 400; round++) {
            watch.round(advance(Duration.ofMillis(50))); // 20 s
        }
        assertThat(reads.get() - first).isEqualTo(2);
        assertThat(signals.feed()).isEqualTo(feed);
    }

    @Test
    void givenTheNewestReadFails_whenANoticeArrives_thenTheFeedsAreStillWoken() {
        FeedWatch failing = new FeedWatch(SETTINGS, () -> {
            throw new IllegalStateException("database away");
        }, signals);
        long before = signals.feed();
        signals.heard(FeedSignals.FEED);
        failing.round(advance(Duration.ofMillis(50)));
        assertThat(signals.feed()).isEqualTo(before + 1);
    }

    private Instant advance(Duration by) {
        now = now.plus(by);
        return now;
    }
}
