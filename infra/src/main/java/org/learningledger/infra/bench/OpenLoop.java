package org.learningledger.infra.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * An open-loop schedule: one request every 1/rate seconds at its intended send time, whether or not earlier
 * ones answered, so a slow answer cannot hide the queue it causes (coordinated omission). Returns once every
 * request has completed.
 */
final class OpenLoop {

    private OpenLoop() {
    }

    /** {@code send} gets each request's intended send time (System.nanoTime) and returns its completion. */
    static void run(double rate, Duration duration, LongFunction<CompletableFuture<?>> send)
            throws InterruptedException {
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long count = duration.toNanos() / interval;
        AtomicLong outstanding = new AtomicLong();
        for (long i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            outstanding.incrementAndGet();
            send.apply(intended).whenComplete((result, error) -> outstanding.decrementAndGet());
        }
        while (outstanding.get() > 0) {
            Thread.sleep(10);
        }
    }
}
