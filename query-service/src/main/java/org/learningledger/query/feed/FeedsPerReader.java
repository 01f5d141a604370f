package org.learningledger.query.feed;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * At most {@code max} open feeds per signed-in person on this instance: a steward keeps a few tabs
 * open, not hundreds, and each open feed holds a connection and polls the read models. Past the cap
 * a new feed is refused with 429 and {@code Retry-After}; closing one frees its place.
 */
final class FeedsPerReader {

    private final int max;
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

    FeedsPerReader(int max) {
        this.max = max;
    }

    /** Takes a place for {@code reader}, or throws 429; the returned action gives it back, once. */
    Runnable take(String reader) {
        boolean[] taken = new boolean[1];
        open.compute(reader, (who, count) -> {
            int now = count == null ? 0 : count;
            taken[0] = now < max;
            return taken[0] ? now + 1 : now;
        });
        if (!taken[0]) {
            throw tooMany();
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                open.computeIfPresent(reader, (who, count) -> count <= 1 ? null : count - 1);
            }
        };
    }

    int openOf(String reader) {
        return open.getOrDefault(reader, 0);
    }

    private ErrorResponseException tooMany() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "You already have " + max + " feeds open. Close one (a tab or window with the feed) and try again.");
        problem.setTitle("Too many open feeds");
        ErrorResponseException refused = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
        refused.getHeaders().set(HttpHeaders.RETRY_AFTER, "10");
        return refused;
    }
}
