package org.learningledger.query;

import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Property: for random organisations, experiment and learning histories (drafts, regional and
 * national versions, endorsements, invitations, withdrawals, validations; confidential reports and
 * lessons; approved lessons on the feed, landscape, timeline and export, and the report figures, see
 * {@link LessonOracle}; case reviews and challenges, see {@link CaseReviewOracle}), published to the real
 * broker and applied, every reader (members, removed members, newcomers, stewards, analysts,
 * reviewers, an admin, strangers) gets from every query path and from the feed's backlog exactly what the "Who
 * sees what" table allows (the search too, see {@link SearchOracle}), before and after later changes, and after
 * erasures nobody gets the erased text on any path while the owning team gets null with erasedAt (see
 * {@link ErasureOracle}). Seeds are random per run; {@code
 * -Dledger.seed=N} replays one, {@code -Dledger.histories=N} sets how many (10 keeps the build quick).
 */
@QueryServiceTest
class VisibilityPropertyIT {

    private static final PropertyRun run = new PropertyRun();

    @AfterAll
    static void report() {
        run.report("VisibilityPropertyIT");
    }

    static LongStream seeds() {
        return Seeds.randomOrReplayed(10);
    }

    @Autowired
    Infrastructure infra;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomHistory_whenEveryReaderAsksEveryPath_thenAnswersFollowWhoSeesWhat(long seed) throws Exception {
        GeneratedHistory history = new GeneratedHistory(seed);
        Api api = new Api(port);
        String anyone = TestTokens.token("anyone");
        VisibilityOracle.Missing missing = new VisibilityOracle.Missing(
                Api.withoutInstance(api.get("/api/teams/" + UUID.randomUUID() + "/experiments", anyone).getBody()),
                Api.withoutInstance(api.get("/api/experiments/" + UUID.randomUUID(), anyone).getBody()),
                Api.withoutInstance(api.get("/api/learnings/" + UUID.randomUUID(), anyone).getBody()),
                new ReportOracle.Missing(
                        Api.withoutInstance(api.get("/api/regions/" + UUID.randomUUID() + "/reports", anyone).getBody()),
                        Api.withoutInstance(api.get("/api/reports/" + UUID.randomUUID(), anyone).getBody()),
                        Api.withoutInstance(api.get("/api/lessons/" + UUID.randomUUID(), anyone).getBody()),
                        // the figures hide behind the 404 of a path nobody mapped, which names the path asked
                        Api.withoutInstance(api.get("/api/nothing-mapped", anyone).getBody())
                                .replace("api/nothing-mapped", "api/reports/figures")),
                new CaseReviewOracle.Missing(
                        Api.withoutInstance(api.get("/api/case-reviews/" + UUID.randomUUID(), anyone).getBody()),
                        Api.withoutInstance(api.get("/api/challenges/" + UUID.randomUUID(), anyone).getBody())));
        long feedStart = jdbc.sql("SELECT coalesce(max(id), 0) FROM feed_entry").query(Long.class).single();
        String first = history.readers.keySet().iterator().next(); // one of them also asks the directory
        run.check(seed, history, new ReadModelDatabase(jdbc), infra.topic, (reader, roles, batch) -> {
            VisibilityOracle oracle = new VisibilityOracle(history, batch, api, missing, feedStart);
            oracle.check(reader, roles);
            if (reader.equals(first)) {
                oracle.checkDirectory(reader);
            }
            return new PropertyRun.Answers(oracle.requests, oracle.problems);
        }, api);
    }
}
