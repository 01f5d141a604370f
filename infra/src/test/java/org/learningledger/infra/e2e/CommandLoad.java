package org.learningledger.infra.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A steady command load from a few client threads (propose, start, five observations, next experiment) and the
 * client's own ledger of what it saw acknowledged (2xx). A command that got no answer or a 5xx is retried with
 * the same client-chosen ids, as a real client would; it counts as acknowledged only when an attempt answered 2xx.
 * One that never got a 2xx is "uncertain": it may or may not have landed, and the checks treat it so.
 */
final class CommandLoad implements AutoCloseable {

    /** What the client knows about one experiment it drove. */
    static final class Tracked {
        volatile boolean proposed;
        volatile boolean started;
        final List<UUID> observations = new CopyOnWriteArrayList<>();
    }

    private static final long RETRY_FOR_MS = 60_000;

    final Map<UUID, Tracked> experiments = new ConcurrentHashMap<>();
    final Set<String> uncertain = ConcurrentHashMap.newKeySet();
    final List<String> refused = new CopyOnWriteArrayList<>();
    /** Every attempt of every command, "time status", kept to explain a failed check. */
    final Map<String, List<String>> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    CommandLoad(LedgerClient client, UUID team, int threadCount) {
        for (int i = 0; i < threadCount; i++) {
            Thread thread = new Thread(() -> run(client, team), "command-load-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** Blocks until {@code more} further commands were acknowledged (the stack is serving again). */
    void awaitMore(int more, long timeoutMs) {
        int target = acknowledged() + more;
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (acknowledged() < target) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no " + more + " acknowledged commands within " + timeoutMs + " ms");
            }
            sleep(100);
        }
    }

    private void run(LedgerClient client, UUID team) {
        while (!stop.get()) {
            UUID id = UUID.randomUUID();
            Tracked tracked = new Tracked();
            experiments.put(id, tracked);
            if (!(tracked.proposed = send("propose " + id, () -> client.propose(team, id)))) {
                continue;
            }
            if (!(tracked.started = send("start " + id, () -> client.start(id)))) {
                continue;
            }
            for (int i = 0; i < 5 && !stop.get(); i++) {
                UUID observation = UUID.randomUUID();
                String text = "note " + i;
                if (send("observe " + observation, () -> client.observe(id, observation, text))) {
                    tracked.observations.add(observation);
                } else {
                    break;
                }
            }
        }
    }

    /** True when acknowledged. Retries only what got no definite answer; a 4xx ends it. */
    private boolean send(String what, IntSupplier call) {
        long deadline = System.currentTimeMillis() + RETRY_FOR_MS;
        boolean answered = true; // false once an attempt went unanswered: a later 4xx may then mean "it landed"
        long backoff = 100;
        while (true) {
            long sent = System.currentTimeMillis();
            int status = call.getAsInt();
            attempts.computeIfAbsent(what, k -> new CopyOnWriteArrayList<>()).add(java.time.Instant.ofEpochMilli(sent)
                    + "+" + (System.currentTimeMillis() - sent) + "ms:" + status);
            if (status >= 200 && status < 300) {
                acknowledged.incrementAndGet();
                return true;
            }
            if (status >= 400 && status < 500) {
                (answered ? refused : uncertain).add(what + " -> " + status);
                return false;
            }
            answered = false;
            if (stop.get() || System.currentTimeMillis() > deadline) {
                uncertain.add(what + " -> " + status);
                return false;
            }
            sleep(backoff);
            backoff = Math.min(1_000, backoff * 2);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
    }

    /** A pause in a load thread or a wait; an interrupt ends it early and is kept for the caller to see. */
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
