package org.learningledger.command.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** In-memory limits: a key's window starts with its first attempt and says how long to wait. */
class ReportRateLimitTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void givenFiveAttempts_whenSixth_thenRefusedWithTheRestOfTheWindow() {
        RateLimit limit = new RateLimit(5, Duration.ofHours(1), clock);
        for (int i = 0; i < 5; i++) {
            limit.acquire("jana");
        }
        now.set(now.get().plusSeconds(600));
        TooManyRequests refused = catchThrowableOfType(TooManyRequests.class, () -> limit.acquire("jana"));
        assertThat(refused.retryAfterSeconds()).isEqualTo(3000);
        limit.acquire("pavla"); // another key has its own window
    }

    @Test
    void givenWindowOver_whenAttempting_thenCountedAfresh() {
        RateLimit limit = new RateLimit(2, Duration.ofMinutes(10), clock);
        limit.acquire("a");
        limit.acquire("a");
        assertThatThrownBy(() -> limit.check("a")).isInstanceOf(TooManyRequests.class);
        now.set(now.get().plus(Duration.ofMinutes(10)));
        limit.acquire("a");
        limit.acquire("a");
        assertThatThrownBy(() -> limit.acquire("a")).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void givenChecksOnly_whenNothingCounted_thenNeverRefused() {
        RateLimit limit = new RateLimit(1, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 5; i++) {
            limit.check("a");
        }
        limit.count("a");
        assertThatThrownBy(() -> limit.check("a")).isInstanceOf(TooManyRequests.class);
    }
}
