package org.learningledger.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Stewards' feeds held open (Server-Sent Events): how soon a learning published to the region reaches every open
 * feed, and how many transactions a second the query database runs while the feeds wait. A feed that polled would
 * cost queries per open feed; the query service's one listener per instance should cost the same for 1 and 200.
 */
final class FeedLoad {

    record Result(int feeds, double idleTransactionsPerSecond, SynchronizedHistogram delivery, long expected,
                  long delivered) {
    }

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final SynchronizedHistogram delivery = new SynchronizedHistogram(3_600_000_000L, 3);
    private final AtomicLong delivered = new AtomicLong();
    private final List<Stream<String>> open = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicReference<String> failure = new java.util.concurrent.atomic.AtomicReference<>();

    private static final Duration STATS_FLUSH = Duration.ofSeconds(11);

    /** One open feed, then many: delivery of new entries to every feed, and the query database's idle load. */
    static void report(Report r, HttpClient http, BenchStack stack, Workload workload, Settings s)
            throws Exception {
        Bench.say("feeds: 1 open, then " + s.feeds() + "; the query database's transactions/s while they wait, then learnings"
                + " published to the region");
        Result one = run(http, stack, workload, 1, 3, s.feedQuiet());
        Result many = run(http, stack, workload, s.feeds(), 3, s.feedQuiet());
        for (Result f : List.of(one, many)) {
            Bench.say(String.format("%d feeds: %.1f query-database transactions/s while waiting; delivered %d of %d: %s",
                    f.feeds(), f.idleTransactionsPerSecond(), f.delivered(), f.expected(), Report.latencies(f.delivery())));
            r.put("feeds_" + f.feeds(), Map.of("idle_transactions_per_second", f.idleTransactionsPerSecond(),
                    "expected", f.expected(), "delivered", f.delivered(), "delivery", Report.percentiles(f.delivery())));
        }
        r.row(String.format("feed delivery, published -> on each of %d open feeds", many.feeds()),
                Report.latencies(many.delivery()) + String.format(" (%,d of %,d)", many.delivered(), many.expected()),
                "every open feed, no polling", many.delivered() == many.expected(), "");
        boolean counted = !s.feedQuiet().isZero();
        r.row(String.format("query database while feeds wait: 1 feed / %d feeds", many.feeds()),
                counted ? String.format("%.1f / %.1f transactions/s", one.idleTransactionsPerSecond(),
                        many.idleTransactionsPerSecond()) : "not counted (--feed-quiet 0)",
                "flat in the number of feeds",
                counted ? many.idleTransactionsPerSecond() <= one.idleTransactionsPerSecond() + 5 : null, "");
    }

    static Result run(HttpClient http, BenchStack stack, Workload workload, int feeds, int publications,
                      Duration quiet) throws Exception {
        return new FeedLoad().measure(http, stack, workload, feeds, publications, quiet);
    }

    private Result measure(HttpClient http, BenchStack stack, Workload workload, int feeds, int publications,
                           Duration quiet) throws Exception {
        CountDownLatch connected = new CountDownLatch(feeds);
        for (int f = 0; f < feeds; f++) {
            String steward = "bench-steward-" + feeds + "-" + f / 5; // at most 5 feeds per reader
            if (f % 5 == 0) {
                Workload.post(http, stack.commandUrl("/api/regions/" + workload.region + "/stewards"), workload.admin,
                        "{\"userId\":\"" + steward + "\"}");
            }
            String token = stack.issuer.token(steward, List.of());
            Thread reader = new Thread(() -> follow(http, stack.queryUrl("/api/feed?region=" + workload.region), token,
                    connected), "feed-" + f);
            reader.setDaemon(true);
            reader.start();
        }
        if (!connected.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(connected.getCount() + " of " + feeds + " feeds did not open: " + failure.get());
        }
        double idle = quiet.isZero() ? Double.NaN : idleTransactionsPerSecond(stack, quiet);

        Workload.Actor member = workload.actor(0);
        UUID experiment = UUID.randomUUID();
        Workload.post(http, stack.commandUrl("/api/teams/" + member.team() + "/experiments"), member.token(), """
                {"experimentId":"%s","question":"Does a shared agenda help?","prediction":"Shorter conferences",
                 "plan":"Write it with both parents","measures":"Minutes"}""".formatted(experiment));
        for (int p = 0; p < publications; p++) {
            UUID learning = UUID.randomUUID();
            Workload.post(http, stack.commandUrl("/api/teams/" + member.team() + "/learnings"), member.token(), """
                    {"learningId":"%s","title":"A shared agenda","summary":"Conferences were shorter.",
                     "practice":"Write the agenda with both parents","evidence":["%s"]}""".formatted(learning, experiment));
            sentAt.put(learning.toString(), System.nanoTime());
            Workload.post(http, stack.commandUrl("/api/learnings/" + learning + "/publications"), member.token(),
                    "{\"tier\":\"REGION\"}");
            Thread.sleep(200);
        }
        long expected = (long) feeds * publications;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (delivered.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        synchronized (open) {
            open.forEach(Stream::close);
        }
        return new Result(feeds, idle, delivery, expected, delivered.get());
    }

    private void follow(HttpClient http, String url, String token, CountDownLatch connected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        try {
            // the steward was just appointed: until the query side has applied it, the feed answers 403
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            while (response.statusCode() == 403 && System.nanoTime() < deadline) {
                response.body().close();
                Thread.sleep(100);
                response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            }
            if (response.statusCode() != 200) {
                failure.compareAndSet(null, "the feed answered " + response.statusCode());
                return;
            }
            synchronized (open) {
                open.add(response.body());
            }
            connected.countDown();
            response.body().forEach(this::onLine);
        } catch (Exception e) {
            failure.compareAndSet(null, e.toString()); // also the close at the end of the phase, after the latch
        }
    }

    private void onLine(String line) {
        if (!line.startsWith("data:") || !line.contains("\"published\"")) {
            return;
        }
        int at = line.indexOf("\"learningId\":\"");
        if (at < 0) {
            return;
        }
        Long sent = sentAt.get(line.substring(at + 14, at + 50));
        if (sent != null) {
            delivery.recordValue(Math.max(0, (System.nanoTime() - sent) / 1_000));
            delivered.incrementAndGet();
        }
    }

    /** The query database's committed transactions per second over {@code quiet}, once the earlier ones are counted. */
    private static double idleTransactionsPerSecond(BenchStack stack, Duration quiet) throws Exception {
        // A backend reports its transactions to the statistics up to 10 s late (PostgreSQL's idle flush), so the
        // feeds' opening reads would still be counted as idle ones without this wait.
        Thread.sleep(STATS_FLUSH.toMillis());
        long before = transactions(stack);
        long t0 = System.nanoTime();
        Thread.sleep(quiet.toMillis());
        return (transactions(stack) - before) / ((System.nanoTime() - t0) / 1e9);
    }

    /** Committed transactions of the query database so far. */
    private static long transactions(BenchStack stack) throws Exception {
        try (Connection c = stack.connect("ledger_query"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select xact_commit from pg_stat_database where datname = 'ledger_query'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
