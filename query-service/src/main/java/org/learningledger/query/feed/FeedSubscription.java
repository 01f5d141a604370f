package org.learningledger.query.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;
import org.learningledger.query.reader.Visibility;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open feed: sends every entry after {@code position} that the reader may see, judged entry by
 * entry when it is sent. Its {@link #tick} runs on the scheduler, never concurrently with itself, so
 * position only moves forward and nothing is sent twice. Completes when the reader may no longer
 * read anything, when the token expires, or (not following) once the backlog is sent. It reads the
 * database only when {@link FeedSignals} says something changed (new entries, changed rights) or when a
 * backlog is left: an idle feed costs no query, and a missed notice is {@link FeedWatch}'s to catch.
 */
final class FeedSubscription {

    /** Data is JSON text; named charset, so Czech titles never depend on a converter's default. */
    private static final MediaType UTF8_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final SseEmitter emitter;
    private final Authentication authentication;
    private final FeedFilter filter;
    private final boolean follow;
    private final FeedSettings settings;
    private final FeedStreams.Sources sources;
    private long position;
    private Reader reader;
    private Instant readerCheckedAt = Instant.now();
    private Instant lastSentAt = Instant.now();
    private long seenFeed = Long.MIN_VALUE;
    private long seenRights;
    private boolean backlog = true;
    private volatile boolean done;

    FeedSubscription(SseEmitter emitter, Authentication authentication, Reader reader, FeedFilter filter,
            long position, boolean follow, FeedSettings settings, FeedStreams.Sources sources) {
        this.emitter = emitter;
        this.authentication = authentication;
        this.reader = reader;
        this.filter = filter;
        this.position = position;
        this.follow = follow;
        this.settings = settings;
        this.sources = sources;
        this.seenRights = sources.signals().rights();
    }

    /** One round: check rights, send what is new, keep the connection alive. False once finished. */
    boolean tick() throws IOException {
        if (done) {
            return false;
        }
        Instant now = Instant.now();
        long rightsSignal = sources.signals().rights();
        if (expired(now)) {
            return finish();
        }
        if (rightsSignal != seenRights) {
            seenRights = rightsSignal;
            if (!refreshRights(now)) {
                return finish();
            }
        }
        long feedSignal = sources.signals().feed();
        if (!backlog && feedSignal == seenFeed) {
            return heartbeat(now);
        }
        seenFeed = feedSignal; // read before the query: a signal during it brings another round
        backlog = false;
        for (int page = 0; page < settings.pagesPerTick(); page++) {
            List<FeedEntry> entries = sources.entries().after(position, filter, settings.pageSize());
            backlog = entries.size() == settings.pageSize();
            // Rights as they are now (at most one poll interval old) judge what is about to be sent.
            if (!entries.isEmpty() && Instant.now().isAfter(readerCheckedAt.plus(settings.poll()))
                    && !refreshRights(Instant.now())) {
                return finish();
            }
            for (FeedEntry entry : entries) {
                position = entry.id();
                Sight sight = FeedSight.of(reader, entry);
                if (sight != Sight.HIDDEN) {
                    emitter.send(SseEmitter.event().id(Long.toString(entry.id())).name(entry.kind().label())
                            .data(entry.data(sight), UTF8_TEXT));
                    lastSentAt = Instant.now();
                }
            }
            if (entries.size() < settings.pageSize()) {
                if (!follow) {
                    return finish();
                }
                break;
            }
        }
        return heartbeat(now);
    }

    private boolean heartbeat(Instant now) throws IOException {
        if (now.isAfter(lastSentAt.plus(settings.heartbeat()))) {
            emitter.send(SseEmitter.event().comment("heartbeat"));
            lastSentAt = now;
        }
        return true;
    }

    private boolean expired(Instant now) {
        Instant expiry = authentication.getPrincipal() instanceof Jwt jwt ? jwt.getExpiresAt() : null;
        return expiry != null && !now.isBefore(expiry);
    }

    /** Reads the reader's rights afresh; false when they may read nothing or the token has expired. */
    private boolean refreshRights(Instant now) {
        readerCheckedAt = now;
        reader = sources.readers().of(authentication);
        return Visibility.readsAnyFeed(reader) && !expired(now);
    }

    private boolean finish() {
        done = true;
        emitter.complete();
        return false;
    }

    void stop() {
        done = true;
    }
}
