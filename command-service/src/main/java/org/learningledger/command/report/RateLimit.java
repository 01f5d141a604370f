package org.learningledger.command.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code max} counted attempts per key in a window that starts with the first, in memory only:
 * nothing stored or logged says who tried. Keys are kept as salted hashes (a salt per process), so even
 * the memory holds no user id or address in clear.
 */
final class RateLimit {

    /** One key's window: when it began and how many attempts it counted. */
    private record Window(Instant start, AtomicInteger count) {
    }

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Window> windows;
    private final byte[] salt = new byte[32];

    RateLimit(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
        this.windows = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
        new SecureRandom().nextBytes(salt);
    }

    /** Refuses when the key has used up its window; otherwise counts this attempt. */
    void acquire(String key) {
        check(key);
        count(key);
    }

    /** Refuses when the key has used up its window, counting nothing. */
    void check(String key) {
        Window current = windows.getIfPresent(hashed(key));
        if (current != null && live(current) && current.count().get() >= max) {
            throw new TooManyRequests(retryAfter(current));
        }
    }

    /** Counts one attempt (a wrong code, a submission). */
    void count(String key) {
        windows.asMap().compute(hashed(key), (k, w) -> w == null || !live(w)
                ? new Window(clock.instant(), new AtomicInteger(1)) : incremented(w));
    }

    private static Window incremented(Window w) {
        w.count().incrementAndGet();
        return w;
    }

    private boolean live(Window w) {
        return clock.instant().isBefore(w.start().plus(window));
    }

    private Duration retryAfter(Window w) {
        Duration left = Duration.between(clock.instant(), w.start().plus(window));
        return left.isNegative() ? Duration.ofSeconds(1) : left;
    }

    private String hashed(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
