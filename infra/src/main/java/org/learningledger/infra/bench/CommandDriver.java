package org.learningledger.infra.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Sends commands over HTTP with the async client: closed loop (N requests always in flight, for the maximum rate)
 * or open loop (a fixed schedule, for latency). In the open loop every latency is measured from the command's
 * intended send time, not from when it was actually sent, so a stall counts fully (no coordinated omission).
 */
final class CommandDriver {

    /** A started experiment and a member who may read it: what the query phase reads. */
    record Readable(UUID experiment, String token) {
    }

    final AtomicLong accepted = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    /** 409 answers: with several command services, a conflict the user would see. */
    final AtomicLong conflicts = new AtomicLong();
    /** Why the others were not accepted ({@link QueryLoad#reason}). */
    final Map<String, LongAdder> failures = new ConcurrentSkipListMap<>();
    final List<Readable> readable = new CopyOnWriteArrayList<>();
    private final HttpClient http;
    private final String commandUrl;
    private final Workload workload;
    private final Queue<Workload.Slot> idle = new ConcurrentLinkedQueue<>();

    CommandDriver(HttpClient http, String commandUrl, Workload workload) {
        this.http = http;
        this.commandUrl = commandUrl;
        this.workload = workload;
    }

    /** The reasons with their counts, which add up to {@link #failed}. */
    Map<String, Long> failureCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        failures.forEach((why, count) -> counts.put(why, count.sum()));
        return counts;
    }

    /** Sends the slot's next command; completes with the command once answered (null when refused or failed). */
    CompletableFuture<Workload.Command> send(Workload.Slot slot) {
        Workload.Command command = slot.next();
        boolean isStart = command.body() == null;
        var request = Workload.request(commandUrl + command.path(), slot.actor.token(), isStart ? "" : command.body());
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                accepted.incrementAndGet();
                UUID experiment = slot.experiment;
                if (isStart) {
                    readable.add(new Readable(experiment, slot.actor.token()));
                }
                slot.advance();
                return command;
            }
            failed.incrementAndGet();
            failures.computeIfAbsent(QueryLoad.reason(error, response), k -> new LongAdder()).increment();
            if (error == null && response.statusCode() == 409) {
                conflicts.incrementAndGet();
            }
            slot.renew(); // its state is unknown now: go on with a new experiment
            return null;
        });
    }

    /** {@code concurrency} requests always in flight for {@code duration}. */
    void closedLoop(int concurrency, Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            loop(workload.newSlot(), end, done);
        }
        done.await();
    }

    private void loop(Workload.Slot slot, long end, CountDownLatch done) {
        send(slot).whenComplete((command, error) -> {
            if (System.nanoTime() < end) {
                loop(slot, end, done);
            } else {
                done.countDown();
            }
        });
    }

    /**
     * {@code rate} commands per second for {@code duration}; each latency (answer time minus intended send time,
     * microseconds) goes to {@code latency}; {@code probe} sees every acknowledged observation with its intended time.
     */
    void openLoop(double rate, Duration duration, Histogram latency, Probe probe) throws InterruptedException {
        OpenLoop.run(rate, duration, intended -> {
            Workload.Slot slot = idle.poll();
            Workload.Slot using = slot != null ? slot : workload.newSlot();
            UUID experiment = using.experiment;
            String token = using.actor.token();
            return send(using).whenComplete((command, error) -> {
                latency.recordValue(Math.max(0, (System.nanoTime() - intended) / 1_000));
                if (command != null && command.observation() != null) {
                    probe.acknowledged(experiment, command.observation(), token, intended);
                }
                idle.add(using);
            });
        });
    }

    static Histogram histogram() {
        return new SynchronizedHistogram(3_600_000_000L, 3); // microseconds, up to an hour
    }

    /** Told of each acknowledged observation in the open loop. */
    interface Probe {
        void acknowledged(UUID experiment, UUID observation, String token, long intendedNanos);

        Probe NONE = (e, o, t, i) -> { };
    }
}
