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
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Property: for the same random histories as {@link VisibilityPropertyIT}, every reader gets from the
 * history and analytics paths (NDJSON export, landscape, timelines, spread) nothing of a learning
 * the reader may not see now, beyond content-free facts, and a timeline hides exactly what the
 * learning's detail hides (see {@link HistoryOracle}). Seeds are random per run; {@code -Dledger.seed=N}
 * replays one, {@code -Dledger.histories=N} sets how many (4 keeps the build quick).
 */
@QueryServiceTest
class HistoryVisibilityPropertyIT {

    @Autowired
    Infrastructure infra;
    private static final ExecutorService readersInParallel = Executors.newFixedThreadPool(4);
    private static final AtomicInteger histories = new AtomicInteger();
    private static final AtomicInteger readers = new AtomicInteger();
    private static final AtomicInteger requests = new AtomicInteger();
    private static final AtomicLong nanos = new AtomicLong();

    @AfterAll
    static void report() {
        System.out.printf("HistoryVisibilityPropertyIT checked %d histories, %d readers (each in 2 states), %d requests"
                + " in %.1f s%n", histories.get(), readers.get(), requests.get(), nanos.get() / 1e9);
        readersInParallel.shutdownNow();
    }

    static LongStream seeds() {
        return Seeds.randomOrReplayed(4);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomHistory_whenEveryReaderAsksTheHistoryPaths_thenNothingOfWhatTheyMayNotSeeNow(long seed)
            throws Exception {
        long start = System.nanoTime();
        GeneratedHistory history = new GeneratedHistory(seed);
        Api api = new Api(port);
        for (int batch = 0; batch < history.batches.size(); batch++) {
            new ReadModelDatabase(jdbc).awaitConsumed(infra.topic.sendAll(history.batches.get(batch)));
            List<String> problems = askEveryone(history, batch, api);
            if (!problems.isEmpty()) {
                fail("seed %d (replay: -Dledger.seed=%d): %d wrong answers, the first ones:%n%s", seed, seed,
                        problems.size(), String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
            }
        }
        histories.incrementAndGet();
        readers.addAndGet(history.readers.size());
        nanos.addAndGet(System.nanoTime() - start);
    }

    /** Every reader asks every history path (in parallel, readers are independent). */
    private static List<String> askEveryone(GeneratedHistory history, int batch, Api api) throws Exception {
        List<Callable<HistoryOracle>> checks = new ArrayList<>();
        history.readers.forEach((reader, roles) -> checks.add(() -> {
            HistoryOracle oracle = new HistoryOracle(history, batch, api, reader, roles);
            oracle.check();
            return oracle;
        }));
        List<String> problems = new ArrayList<>();
        for (Future<HistoryOracle> done : readersInParallel.invokeAll(checks)) {
            requests.addAndGet(done.get().requests);
            problems.addAll(done.get().problems);
        }
        return problems;
    }
}
