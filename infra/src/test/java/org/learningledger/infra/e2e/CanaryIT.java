package org.learningledger.infra.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.learningledger.events.Topics;

/**
 * The canary of issue 11 on real processes: one marker in every kind of private field, written through the
 * public API. Stored, it is in no byte of the command database (every table of every schema: event store,
 * snapshots, tokens, keys, directory) nor of any topic read raw from offset 0; the public topic, which may
 * carry the national snapshot while it is published, holds none of it once the learning is withdrawn and
 * the compaction bound (4 s here) has passed. Erased (the observation, both experiments, each revision of
 * the learning, the steward's endorsement note by the steward, the withdrawal reason by the team), the marker is
 * nowhere at all: the query database (every schema, retired ones included) and every API answer too, which show
 * {@code erasedAt} where the text was (the history export's columns: {@code erased_at}); and again after a full
 * rebuild.
 *
 * <p>The steward's endorsement note and the withdrawal reason carry a second marker, {@code NOTE}, checked
 * wherever the first is.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CanaryIT {

    private static final String MARKER = CanaryContent.marker("CANARY-");
    private static final String NOTE = CanaryContent.marker("CANARYNOTE-");
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final List<String> JSON_ANSWERS = List.of("experiment", "abandoned experiment", "learning",
            "team experiments", "team learnings", "history NDJSON", "history NDJSON (administrator)");

    private static LocalStack stack;
    private static CanaryApi admin;
    private static CanaryApi member;
    private static CanaryApi steward;
    private static final CanaryContent content = new CanaryContent();
    private static final Map<String, String> before = new LinkedHashMap<>();
    private static boolean written;
    private static boolean erased;

    @BeforeAll
    static void startStack() throws Exception {
        stack = LocalStack.withEnv("canary", Map.of("LEDGER_PUBLIC_MAX_COMPACTION_LAG", "4s")).startAll();
        admin = new CanaryApi(stack, "admin", "admin");
        member = new CanaryApi(stack, "jana");
        steward = new CanaryApi(stack, "pavla");
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void givenAMarkerInEveryPrivateField_whenStored_thenNoTableAndNoTopicHoldsIt() throws Exception {
        content.write(admin, member, steward, MARKER, NOTE);
        written = true;
        await("the query side shows the withdrawal").atMost(SETTLE).until(() -> member.read(learning()).status() == 200
                && member.read(learning()).json().path("withdrawal").isObject()
                && "ABANDONED".equals(member.read(experiment(content.abandoned)).json().path("status").asString()));
        CanaryAnswers.of(member, admin, content).forEach(before::put);
        assertThat(before.get("experiment")).as("the read model answers a permitted reader in clear").contains(MARKER);
        assertThat(before.get("abandoned experiment")).contains(MARKER);
        assertThat(before.get("learning")).contains(MARKER);
        assertThat(before.get("history NDJSON")).as("the team's own history in clear").contains(MARKER);

        for (String marker : List.of(MARKER, NOTE)) {
            assertNone(commandDatabase(), marker, "the command database");
            assertNone(RawStores.topics(stack.kafkaBootstrap()).stream()
                    .filter(u -> !u.place().startsWith(Topics.PUBLISHED + " ")).toList(), marker, "the topics");
        }
        await("withdrawn content gone from " + Topics.PUBLISHED + " after the compaction bound").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                    List<RawStores.Unit> published = RawStores.topic(stack.kafkaBootstrap(), Topics.PUBLISHED);
                    assertNone(published, MARKER, Topics.PUBLISHED);
                    assertNone(published, NOTE, Topics.PUBLISHED);
                    assertThat(published).filteredOn(u -> u.text().contains("\"subject\":\"" + content.learning + "\""))
                            .as("only the content-free record of the withdrawn learning")
                            .allSatisfy(u -> assertThat(u.text()).doesNotContain("learning.state.v1"));
                });
    }

    @Test
    @Order(2)
    void givenEveryItemErased_whenTheQuerySideHasIt_thenTheMarkerIsNowhereAndErasedShowsInItsPlace() throws Exception {
        assumeTrue(written, "the canary was not written");
        CanaryErasures.eraseAll(admin, member, steward, content);
        erased = true;
        await("the query side blanks every item").atMost(SETTLE).pollInterval(Duration.ofSeconds(1))
                .until(() -> CanaryAnswers.of(member, admin, content).values().stream()
                        .noneMatch(a -> a.contains(MARKER) || a.contains(NOTE)));

        assertNone(commandDatabase(), MARKER, "the command database");
        assertNone(commandDatabase(), NOTE, "the command database");
        assertNone(RawStores.topics(stack.kafkaBootstrap()), MARKER, "the topics");
        assertNone(RawStores.topics(stack.kafkaBootstrap()), NOTE, "the topics");
        assertReadSideClean("after the erasures");
    }

    @Test
    @Order(3)
    void givenTheErasures_whenTheReadModelsAreRebuiltFromKafka_thenTheMarkerStaysNowhere() throws Exception {
        assumeTrue(erased, "the items were not erased");
        CanaryErasures.rebuildAll(admin);

        assertReadSideClean("after a full rebuild");
        assertNone(commandDatabase(), MARKER, "the command database");
        assertNone(commandDatabase(), NOTE, "the command database");
    }

    /** The query database in full and every API answer: no marker, and the erased fact where text was. */
    private static void assertReadSideClean(String when) throws Exception {
        try (Connection c = stack.postgres().connect("ledger_query")) {
            List<RawStores.Unit> database = RawStores.database(c);
            assertNone(database, MARKER, "the query database " + when);
            assertNone(database, NOTE, "the query database " + when);
        }
        Map<String, String> after = CanaryAnswers.of(member, admin, content);
        after.forEach((what, body) -> assertThat(body).as(what + " " + when).doesNotContain(MARKER).doesNotContain(NOTE));
        // where a marker was shown, the fact of its erasure is shown instead (JSON answers: the field erasedAt;
        // the history export's lines have the export's snake_case columns: erased_at)
        before.forEach((what, body) -> {
            if (body.contains(MARKER) || body.contains(NOTE)) {
                String shown = after.get(what);
                if (what.startsWith("history NDJSON")) {
                    assertThat(shown.contains("\"erased_at\"") || shown.contains("\"erasedAt\""))
                            .as(what + " " + when + " shows when it was erased: " + shown).isTrue();
                } else if (JSON_ANSWERS.contains(what)) {
                    assertThat(shown).as(what + " " + when + " shows when it was erased").contains("\"erasedAt\"");
                } else {
                    assertThat(shown.toLowerCase()).as(what + " " + when + " says it was erased").contains("erased");
                }
            }
        });
    }

    private static List<RawStores.Unit> commandDatabase() throws Exception {
        try (Connection c = stack.postgres().connect("ledger_command")) {
            return RawStores.database(c);
        }
    }

    private static void assertNone(List<RawStores.Unit> units, String marker, String where) {
        RawStores.Found found = RawStores.find(units, marker);
        assertThat(found.places()).as(marker + " in " + where).isEmpty();
    }

    private static String learning() {
        return "/api/learnings/" + content.learning;
    }

    private static String experiment(java.util.UUID id) {
        return "/api/experiments/" + id;
    }
}
