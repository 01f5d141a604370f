package org.learningledger.query.feed;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Runs the open feeds, and the instance's one {@link FeedWatch}, on a small shared scheduler: each round is an
 * in-memory look at {@link FeedSignals}, and the feed table is read only when it signals (what is sent is
 * always read from the table, so a reconnect with {@code Last-Event-ID} misses nothing). Stops first on
 * shutdown, completing every feed, so graceful shutdown does not wait for streams that never end.
 */
@Component
@EnableConfigurationProperties(FeedSettings.class)
class FeedStreams implements SmartLifecycle {

    /** Where a subscription reads entries and the reader's rights. */
    record Sources(FeedEntries entries, Readers readers, FeedSignals signals) {
    }

    private static final Logger log = LoggerFactory.getLogger(FeedStreams.class);

    private final FeedSettings settings;
    private final Sources sources;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private final FeedsPerReader perReader;
    private final FeedWatch watch;
    private volatile boolean running;

    FeedStreams(FeedSettings settings, FeedEntries entries, Readers readers, FeedSignals signals) {
        this.settings = settings;
        this.sources = new Sources(entries, readers, signals);
        this.perReader = new FeedsPerReader(settings.maxPerReader());
        this.watch = new FeedWatch(settings, entries::newest, signals);
        AtomicInteger count = new AtomicInteger();
        this.scheduler = new ScheduledThreadPoolExecutor(settings.threads(), task -> {
            Thread thread = new Thread(task, "feed-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.scheduler.setRemoveOnCancelPolicy(true);
    }

    SseEmitter open(Authentication authentication, Reader reader, FeedFilter filter, long position, boolean follow) {
        Runnable release = perReader.take(authentication.getName());
        SseEmitter emitter = new SseEmitter(settings.timeout().toMillis());
        FeedSubscription subscription = new FeedSubscription(emitter, authentication, reader, filter, position, follow,
                settings, sources);
        AtomicReference<Future<?>> task = new AtomicReference<>();
        Runnable end = () -> {
            release.run();
            subscription.stop();
            open.remove(emitter);
            if (task.get() != null) {
                task.get().cancel(false);
            }
        };
        emitter.onCompletion(end);
        emitter.onError(error -> end.run());
        emitter.onTimeout(emitter::complete);
        open.add(emitter);
        task.set(scheduler.scheduleWithFixedDelay(() -> run(subscription, emitter, end), 0,
                settings.poll().toMillis(), TimeUnit.MILLISECONDS));
        return emitter;
    }

    private static void run(FeedSubscription subscription, SseEmitter emitter, Runnable end) {
        try {
            if (!subscription.tick()) {
                end.run();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away (or the emitter is already over): nothing left to send to.
            end.run();
            emitter.completeWithError(e);
        } catch (RuntimeException e) {
            log.warn("Feed stopped by an error; the client may resume with Last-Event-ID", e);
            end.run();
            emitter.completeWithError(e);
        }
    }

    @Override
    public void start() {
        running = true;
        // A fifth of the feeds' own period: a notice passes through the watch before it wakes them.
        scheduler.scheduleWithFixedDelay(watch, 0, Math.max(10, settings.poll().toMillis() / 5), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        open.forEach(SseEmitter::complete);
        scheduler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE; // before the web server's graceful shutdown, which would wait for us
    }
}
