package org.learningledger.query;

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
 * learning's detail hides (see {@link HistoryOracle}); after the erase step no erased text on any
 * path, null with erasedAt for the owning team ({@link ErasureOracle}). Seeds are random per run; {@code -Dledger.seed=N}
 * replays one, {@code -Dledger.histories=N} sets how many (4 keeps the build quick).
 */
@QueryServiceTest
class HistoryVisibilityPropertyIT {

    private static final PropertyRun run = new PropertyRun();

    @AfterAll
    static void report() {
        run.report("HistoryVisibilityPropertyIT");
    }

    static LongStream seeds() {
        return Seeds.randomOrReplayed(4);
    }

    @Autowired
    Infrastructure infra;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomHistory_whenEveryReaderAsksTheHistoryPaths_thenNothingOfWhatTheyMayNotSeeNow(long seed)
            throws Exception {
        GeneratedHistory history = new GeneratedHistory(seed);
        Api api = new Api(port);
        run.check(seed, history, new ReadModelDatabase(jdbc), infra.topic, (reader, roles, batch) -> {
            HistoryOracle oracle = new HistoryOracle(history, batch, api, reader, roles);
            oracle.check();
            return new PropertyRun.Answers(oracle.requests, oracle.problems);
        }, api);
    }
}
