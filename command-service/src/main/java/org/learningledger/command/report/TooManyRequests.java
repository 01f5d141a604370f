package org.learningledger.command.report;

import java.time.Duration;

/** Too many attempts in a window (429): {@code retryAfter} says when the next may be made. */
public class TooManyRequests extends RuntimeException {

    private final transient Duration retryAfter;

    TooManyRequests(Duration retryAfter) {
        super("Too many attempts; please wait before trying again.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as Retry-After counts them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
