package org.learningledger.infra.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/** Open-loop reads of single experiments (with their observations) as their team members, timed from intended send. */
final class QueryLoad {

    final Histogram latency = CommandDriver.histogram();
    final AtomicLong errors = new AtomicLong();
    /** Failed reads by HTTP status, or by the exception when there was no answer. */
    final Map<String, LongAdder> failures = new ConcurrentSkipListMap<>();

    void run(HttpClient http, String queryUrl, List<CommandDriver.Readable> readable, double rate, Duration duration)
            throws InterruptedException {
        OpenLoop.run(rate, duration, intended -> {
            CommandDriver.Readable pick = readable.get(ThreadLocalRandom.current().nextInt(readable.size()));
            return http.sendAsync(Workload.request(queryUrl + "/api/experiments/" + pick.experiment(), pick.token(),
                    null), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                        latency.recordValue(Math.max(0, (System.nanoTime() - intended) / 1_000));
                        if (error != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                            String why = error != null ? rootCause(error).getClass().getSimpleName()
                                    : "HTTP " + response.statusCode();
                            failures.computeIfAbsent(why, k -> new LongAdder()).increment();
                        }
                    });
        });
    }

    private static Throwable rootCause(Throwable error) {
        return error.getCause() == null ? error : rootCause(error.getCause());
    }
}
