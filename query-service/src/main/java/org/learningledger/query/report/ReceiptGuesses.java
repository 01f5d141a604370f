package org.learningledger.query.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Wrong receipt codes per client address, in memory only (nothing stored says who looked): after
 * {@value #LIMIT} wrong codes within {@link #WINDOW}, the address is refused every receipt lookup until the
 * oldest of them is older than the window. Refusing before hashing keeps the slow hash from being a lever.
 */
@Component
public class ReceiptGuesses {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Addresses kept at most; beyond it the expired ones are dropped first. */
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> wrong = new ConcurrentHashMap<>();
    private final Clock clock;

    @Autowired
    ReceiptGuesses() {
        this(Clock.systemUTC());
    }

    ReceiptGuesses(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must wait before its next lookup; empty when it may look now. */
    Optional<Duration> waitFor(String address) {
        Deque<Instant> times = wrong.get(address);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant now = clock.instant();
            expire(times, now);
            if (times.size() < LIMIT) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    /** Counts a wrong or malformed code typed from {@code address}. */
    void wrongCode(String address) {
        if (wrong.size() >= MAX_ADDRESSES) {
            Instant now = clock.instant();
            wrong.values().removeIf(times -> {
                synchronized (times) {
                    expire(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = wrong.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            while (times.size() > LIMIT) {
                times.removeFirst();
            }
        }
    }

    /** Forgets every address's wrong codes (an operator after an incident, or a test starting afresh). */
    public void forgetAll() {
        wrong.clear();
    }

    private static void expire(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }
}
