package org.learningledger.query;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A property test's run over generated histories: after each batch is applied, every reader asks (in parallel,
 * readers are independent); a wrong answer fails with the seed that replays it. Counts what it checked.
 */
final class PropertyRun {

    /** What one reader found wrong after a batch, and how many requests it took to look. */
    record Answers(int requests, List<String> problems) {
    }

    /** One reader's look at the read models after batch {@code batch}. */
    interface Reader {
        Answers ask(String reader, List<String> roles, int batch) throws Exception;
    }

    private final ExecutorService readersInParallel = Executors.newFixedThreadPool(4);
    private final AtomicInteger histories = new AtomicInteger();
    private final AtomicInteger readers = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger erasures = new AtomicInteger();

    void check(long seed, GeneratedHistory history, ReadModelDatabase db, LedgerTopic topic, Reader reader)
            throws Exception {
        check(seed, history, db, topic, reader, null);
    }

    /**
     * As above, then the history's erase step: sent and applied, every reader asks every path again and
     * no erased text comes back (nor is it anywhere in the read models); the owning team finds null and
     * erasedAt ({@link ErasureOracle}). Skipped without an {@code api}.
     */
    void check(long seed, GeneratedHistory history, ReadModelDatabase db, LedgerTopic topic, Reader reader, Api api)
            throws Exception {
        long start = System.nanoTime();
        for (int batch = 0; batch < history.batches.size(); batch++) {
            db.awaitConsumed(topic.sendAll(history.batches.get(batch)));
            int after = batch;
            List<Callable<Answers>> checks = new ArrayList<>();
            history.readers.forEach((name, roles) -> checks.add(() -> reader.ask(name, roles, after)));
            List<String> problems = new ArrayList<>();
            for (Future<Answers> done : readersInParallel.invokeAll(checks)) {
                requests.addAndGet(done.get().requests());
                problems.addAll(done.get().problems());
            }
            if (!problems.isEmpty()) {
                fail("seed %d (replay: -Dledger.seed=%d): %d wrong answers, the first ones:%n%s", seed, seed,
                        problems.size(), String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
            }
        }
        if (api != null && !history.eraseBatch.isEmpty()) {
            db.awaitConsumed(topic.sendAll(history.eraseBatch));
            List<Callable<Answers>> checks = new ArrayList<>();
            history.readers.forEach((name, roles) -> checks.add(() -> {
                ErasureOracle oracle = new ErasureOracle(history, api);
                oracle.check(name, roles);
                return new Answers(oracle.requests, oracle.problems);
            }));
            List<String> problems = new ArrayList<>(db.tablesHolding(ErasureOracle.texts(history)));
            for (Future<Answers> done : readersInParallel.invokeAll(checks)) {
                requests.addAndGet(done.get().requests());
                problems.addAll(done.get().problems());
            }
            erasures.addAndGet(history.erasures.erased.size());
            if (!problems.isEmpty()) {
                fail("seed %d (replay: -Dledger.seed=%d), after erasures: %d wrong answers, the first ones:%n%s", seed,
                        seed, problems.size(), String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
            }
        }
        histories.incrementAndGet();
        readers.addAndGet(history.readers.size());
        nanos.addAndGet(System.nanoTime() - start);
    }

    void report(String test) {
        System.out.printf("%s checked %d histories, %d readers (each in 2 states, then after %d erasures), %d requests"
                + " in %.1f s%n", test, histories.get(), readers.get(), erasures.get(), requests.get(), nanos.get() / 1e9);
        readersInParallel.shutdownNow();
    }
}
