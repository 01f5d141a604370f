package org.learningledger.query;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Property: for random organisations, experiment and learning histories (drafts, regional and
 * national versions, endorsements, invitations, withdrawals, validations), published to the real
 * broker and applied, every reader (members, removed members, newcomers, stewards, analysts, an
 * admin, strangers) gets from every query path and from the feed's backlog exactly what the "Who
 * sees what" table allows, before and after later changes. Seeds are random per run; {@code
 * -Dledger.seed=N} replays one, {@code -Dledger.histories=N} sets how many (10 keeps the build quick).
 */
@QueryServiceTest
class VisibilityPropertyIT {

    @Autowired
    Infrastructure infra;
    private static final ExecutorService readersInParallel = Executors.newFixedThreadPool(4);
    private static final AtomicInteger histories = new AtomicInteger();
    private static final AtomicInteger readers = new AtomicInteger();
    private static final AtomicInteger requests = new AtomicInteger();
    private static final AtomicLong nanos = new AtomicLong();

    @AfterAll
    static void report() {
        System.out.printf("VisibilityPropertyIT checked %d histories, %d readers (each in 2 states), %d requests"
                + " in %.1f s%n", histories.get(), readers.get(), requests.get(), nanos.get() / 1e9);
        readersInParallel.shutdownNow();
    }

    static LongStream seeds() {
        return Seeds.randomOrReplayed(10);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomHistory_whenEveryReaderAsksEveryPath_thenAnswersFollowWhoSeesWhat(long seed) throws Exception {
        long start = System.nanoTime();
        GeneratedHistory history = new GeneratedHistory(seed);
        Api api = new Api(port);
        String anyone = TestTokens.token("anyone");
        VisibilityOracle.Missing missing = new VisibilityOracle.Missing(
                Api.withoutInstance(api.get("/api/teams/" + UUID.randomUUID() + "/experiments", anyone).getBody()),
                Api.withoutInstance(api.get("/api/experiments/" + UUID.randomUUID(), anyone).getBody()),
                Api.withoutInstance(api.get("/api/learnings/" + UUID.randomUUID(), anyone).getBody()));
        long feedStart = jdbc.sql("SELECT coalesce(max(id), 0) FROM feed_entry").query(Long.class).single();
        for (int batch = 0; batch < history.batches.size(); batch++) {
            new ReadModelDatabase(jdbc).awaitConsumed(infra.topic.sendAll(history.batches.get(batch)));
            List<String> problems = askEveryone(history, batch, api, missing, feedStart);
            if (!problems.isEmpty()) {
                fail("seed %d (replay: -Dledger.seed=%d): %d wrong answers, the first ones:%n%s", seed, seed,
                        problems.size(), String.join("\n", problems.subList(0, Math.min(10, problems.size()))));
            }
        }
        histories.incrementAndGet();
        readers.addAndGet(history.readers.size());
        nanos.addAndGet(System.nanoTime() - start);
    }

    /** Every reader asks every path (in parallel, readers are independent); one of them the directory. */
    private static List<String> askEveryone(GeneratedHistory history, int batch, Api api,
            VisibilityOracle.Missing missing, long feedStart) throws Exception {
        List<Callable<VisibilityOracle>> checks = new ArrayList<>();
        String first = history.readers.keySet().iterator().next();
        history.readers.forEach((reader, roles) -> checks.add(() -> {
            VisibilityOracle oracle = new VisibilityOracle(history, batch, api, missing, feedStart);
            oracle.check(reader, roles);
            if (reader.equals(first)) {
                oracle.checkDirectory(reader);
            }
            return oracle;
        }));
        List<String> problems = new ArrayList<>();
        for (Future<VisibilityOracle> done : readersInParallel.invokeAll(checks)) {
            requests.addAndGet(done.get().requests);
            problems.addAll(done.get().problems);
        }
        return problems;
    }
}
