package org.learningledger.infra.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * End-to-end visibility: for a sample of acknowledged observations, polls the query API as the team member until
 * the observation shows, and records the time from the command's intended send time (microseconds). Polls every
 * 3 ms at first, then every tenth of the time waited so far (at most 50 ms), so the resolution is about 10 % or
 * 3 ms, whichever is larger. Polling is load of its own (a sample polls 10-25 times), so only 5 observations a
 * second are sampled: 300 in a minute, enough for p50 and p99.
 */
final class VisibilityProbe implements CommandDriver.Probe {

    /** Observations sampled per second. */
    static final int PER_SECOND = 5;

    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    final Histogram visible = CommandDriver.histogram();
    final AtomicLong timedOut = new AtomicLong();
    final AtomicLong pending = new AtomicLong();
    private final HttpClient http;
    private final String queryUrl;
    private final int sampleEvery;
    private final AtomicLong seen = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "visibility-probe");
        t.setDaemon(true);
        return t;
    });

    VisibilityProbe(HttpClient http, String queryUrl, int sampleEvery) {
        this.http = http;
        this.queryUrl = queryUrl;
        this.sampleEvery = sampleEvery;
    }

    @Override
    public void acknowledged(UUID experiment, UUID observation, String token, long intendedNanos) {
        if (seen.incrementAndGet() % sampleEvery == 0) {
            pending.incrementAndGet();
            poll(experiment, observation.toString(), token, intendedNanos);
        }
    }

    private void poll(UUID experiment, String observation, String token, long intended) {
        var request = Workload.request(queryUrl + "/api/experiments/" + experiment, token, null);
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            try {
                check(experiment, observation, token, intended, error == null && response.statusCode() == 200
                        && response.body().contains(observation));
            } catch (RuntimeException e) { // never leave a probe pending for ever
                timedOut.incrementAndGet();
                pending.decrementAndGet();
            }
        });
    }

    private void check(UUID experiment, String observation, String token, long intended, boolean seenNow) {
        long now = System.nanoTime();
        if (seenNow || now - intended > GIVE_UP_NANOS) {
            if (!seenNow) {
                timedOut.incrementAndGet();
            }
            visible.recordValue((now - intended) / 1_000);
            pending.decrementAndGet();
        } else {
            long delayMicros = Math.min(50_000, Math.max(3_000, (now - intended) / 10_000));
            timer.schedule(() -> poll(experiment, observation, token, intended), delayMicros, TimeUnit.MICROSECONDS);
        }
    }

    /** Waits until every sampled observation was seen or given up on. */
    void drain() throws InterruptedException {
        while (pending.get() > 0) {
            Thread.sleep(20);
        }
    }
}
