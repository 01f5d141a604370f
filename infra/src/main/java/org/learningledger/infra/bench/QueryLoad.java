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
    /** How long a 503 (shed past capacity, with Retry-After) took to come back. */
    final Histogram shed = CommandDriver.histogram();
    final AtomicLong errors = new AtomicLong();
    /** Failed reads by HTTP status, or by the exception when there was no answer. */
    final Map<String, LongAdder> failures = new ConcurrentSkipListMap<>();

    void run(HttpClient http, String queryUrl, List<CommandDriver.Readable> readable, double rate, Duration duration)
            throws InterruptedException {
        OpenLoop.run(rate, duration, intended -> {
            CommandDriver.Readable pick = readable.get(ThreadLocalRandom.current().nextInt(readable.size()));
            return http.sendAsync(Workload.request(queryUrl + "/api/experiments/" + pick.experiment(), pick.token(),
                    null), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                        long micros = Math.max(0, (System.nanoTime() - intended) / 1_000);
                        latency.recordValue(micros);
                        if (error == null && response.statusCode() == 503
                                && response.headers().firstValue("Retry-After").isPresent()) {
                            shed.recordValue(micros);
                        }
                        if (error != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                            failures.computeIfAbsent(reason(error, response), k -> new LongAdder()).increment();
                        }
                    });
        });
    }

    /** Twice the read capacity asked for, no commands: what is past capacity is shed with a fast 503, not queued. */
    static void overload(Report r, HttpClient http, String queryUrl, List<CommandDriver.Readable> readable, double rate,
                         Duration duration) throws InterruptedException {
        Bench.say(String.format("overload: queries %,.0f/s, %d s", rate, duration.toSeconds()));
        QueryLoad over = new QueryLoad();
        over.run(http, queryUrl, readable, rate, duration);
        long shed = over.shed.getTotalCount();
        r.put("overload_latency", Report.percentiles(over.latency));
        r.put("overload_shed", shed);
        r.put("overload_shed_latency", Report.percentiles(over.shed));
        r.put("overload_failures", over.failures.toString());
        Bench.say("overload: " + Report.latencies(over.latency) + ", " + shed + " shed (503), failures " + over.failures);
        boolean fast = shed == 0 || Report.ms(over.shed.getValueAtPercentile(99)) <= 500;
        boolean onlyShed = over.errors.get() == shed;
        // Nothing shed is no success when the answers queued instead: the served ones must not wait for seconds.
        boolean notQueued = Report.ms(over.latency.getValueAtPercentile(99)) <= 1_000;
        r.row(String.format("query at %,.0f/s (twice the target)", rate), Report.latencies(over.latency)
                        + String.format(", %,d shed with 503 (p99 %s ms)", shed, shed == 0 ? "-"
                        : String.format("%.0f", Report.ms(over.shed.getValueAtPercentile(99))))
                        + (onlyShed ? "" : ", other failures " + over.failures),
                "past capacity: fast 503 + Retry-After, no refused connections, p99 <= 1 s", fast && onlyShed && notQueued, "");
    }

    /** Why a request failed: "HTTP <status>", or its transport error's class (e.g. ConnectException). */
    static String reason(Throwable error, HttpResponse<?> response) {
        return error != null ? rootCause(error).getClass().getSimpleName() : "HTTP " + response.statusCode();
    }

    private static Throwable rootCause(Throwable error) {
        return error.getCause() == null ? error : rootCause(error.getCause());
    }
}
