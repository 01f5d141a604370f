package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.events.learning.Tier.NATION;
import static org.learningledger.events.learning.Tier.REGION;
import static org.learningledger.query.Api.json;
import static org.learningledger.query.Api.withoutInstance;
import static org.learningledger.query.LearningEvents.drafted;
import static org.learningledger.query.LearningEvents.endorsed;
import static org.learningledger.query.LearningEvents.invited;
import static org.learningledger.query.LearningEvents.published;
import static org.learningledger.query.LearningEvents.revised;
import static org.learningledger.query.LearningEvents.withdrawn;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.organisation.AnalystRemoved;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.StewardRemoved;
import org.learningledger.events.organisation.TeamRegistered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Learnings by example, over real HTTP, in a fresh {@link TwoRegions} organisation per test: who
 * sees which version, withdrawal, and the steward feed. One application for both groups, since
 * starting PostgreSQL, Kafka and the service costs more than all these tests.
 */
@QueryServiceTest
@TestPropertySource(properties = {"ledger.query.feed.heartbeat=300ms",
            "ledger.query.feed.rights-check=200ms", "ledger.query.feed.fallback=300ms"})
class LearningsIT {

    @Autowired
    Infrastructure infra;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry registry;

    final TwoRegions org = new TwoRegions();
    Api api;
    ReadModelDatabase db;
    /** The feed's last position before the test's own events. */
    long start;

    @BeforeEach
    void organisation() {
        api = new Api(port);
        db = new ReadModelDatabase(jdbc);
        db.awaitConsumed(infra.topic.send(org.organisation()));
        start = jdbc.sql("SELECT coalesce(max(id), 0) FROM feed_entry").query(Long.class).single();
    }

    /**
     * Team A's learning L went to its region as v1 and to the nation as v2 and has a newer private
     * draft; M is A's draft only; N is team B's regional learning; team C's experiment X is based on L.
     */
    @Nested
    class Publication {

        private final UUID l = UUID.randomUUID();
        private final UUID m = UUID.randomUUID();
        private final UUID n = UUID.randomUUID();
        private final UUID x = UUID.randomUUID();

        @BeforeEach
        void publishedLearnings() {
            db.awaitConsumed(infra.topic.send(List.of(
                    org.event(l, drafted(l, org.teamA, "L draft 0")),
                    org.event(l, published(l, org.teamA, org.north, 1, REGION, "L v1")),
                    org.event(l, endorsed(l, org.teamA, org.north, REGION, org.sven, org.north, "regional nod")),
                    org.event(l, invited(l, org.teamA, org.sven, org.north, NATION)),
                    org.event(l, revised(l, org.teamA, "L draft 1", null)),
                    org.event(l, published(l, org.teamA, org.north, 2, NATION, "L v2")),
                    org.event(l, endorsed(l, org.teamA, org.north, NATION, org.sara, org.south, "national nod")),
                    org.event(l, revised(l, org.teamA, "L draft 2 private", null)),
                    org.event(m, drafted(m, org.teamA, "M private draft")),
                    org.event(n, drafted(n, org.teamB, "N draft")),
                    org.event(n, published(n, org.teamB, org.north, 1, REGION, "N v1")),
                    org.event(x, new ExperimentProposed(x, org.teamC, "Does L work here?", "p", "pl", "m", l)))));
        }

        @Test
        void givenRegionThenNationVersions_whenEachReaderAsks_thenEachSeesOnlyVersionsAtTiersTheySee() {
            JsonNode team = detail(org.alice, l);
            assertThat(versions(team)).containsExactly(1, 2);
            assertThat(team.path("snapshot").path("title").asString()).isEqualTo("L v2");
            assertThat(team.path("draft").path("title").asString()).isEqualTo("L draft 2 private");
            assertThat(team.path("invitations")).hasSize(1);
            assertThat(team.path("endorsements")).hasSize(2);
            assertThat(team.path("withdrawn").asBoolean()).isFalse();
            assertThat(team.has("withdrawal")).isFalse();

            for (String regional : List.of(org.bob, org.sven)) {
                JsonNode seen = detail(regional, l);
                assertThat(versions(seen)).containsExactly(1, 2);
                assertThat(seen.path("endorsements")).hasSize(2);
                assertThat(seen.has("draft") || seen.has("withdrawn") || seen.has("withdrawal")).isFalse();
                assertThat(seen.toString()).doesNotContain("L draft");
            }
            assertThat(detail(org.sven, l).path("invitations")).hasSize(1); // his own
            assertThat(detail(org.bob, l).has("invitations")).isFalse();

            for (String national : List.of(org.carla, org.sara, org.ann)) {
                JsonNode seen = detail(national, l);
                assertThat(versions(seen)).containsExactly(2);
                assertThat(seen.path("snapshot").path("title").asString()).isEqualTo("L v2");
                assertThat(seen.path("endorsements")).hasSize(1);
                assertThat(seen.toString()).doesNotContain("L v1", "regional nod", "L draft").contains("national nod");
                assertThat(seen.has("invitations") || seen.has("draft")).isFalse();
            }
            for (String outsider : List.of("stranger-" + org.suffix, "admin-" + org.suffix)) {
                assertHidden(api.get("/api/learnings/" + l, TestTokens.token(outsider, "admin")), "/api/learnings/");
            }
            for (String national : List.of(org.carla, org.sara, org.ann, org.bob)) {
                assertHidden(get(national, "/api/learnings/" + m), "/api/learnings/");
            }
            for (String national : List.of(org.carla, org.sara, org.ann)) {
                assertHidden(get(national, "/api/learnings/" + n), "/api/learnings/");
            }
            assertThat(versions(detail(org.sven, n))).containsExactly(1);
        }

        @Test
        void givenFilters_whenListing_thenTheyNarrowWhatTheReaderSeesAndNeverWiden() {
            assertThat(ours(org.ann, "")).containsExactly(l + " NATION 2 L v2 1");
            assertThat(ours(org.ann, "?tier=REGION")).isEmpty();
            assertThat(ours(org.carla, "?region=" + org.north)).containsExactly(l + " NATION 2 L v2 1");
            // bob is in team B, which owns N: he sees N as its team does (draft title, withdrawal flag)
            assertThat(ours(org.bob, "")).containsExactlyInAnyOrder(l + " NATION 2 L v2 2", n + " REGION 1 N draft 0 false");
            assertThat(ours(org.bob, "?tier=REGION")).containsExactly(n + " REGION 1 N draft 0 false");
            assertThat(ours(org.bob, "?focus=worker-wellbeing")).containsExactly(n + " REGION 1 N draft 0 false");
            assertThat(ours(org.sven, "?focus=worker-wellbeing&tier=REGION")).containsExactly(n + " REGION 1 N v1 0");
            assertThat(ours(org.bob, "?team=" + org.teamA + "&tier=NATION")).containsExactly(l + " NATION 2 L v2 2");
            assertThat(ours(org.alice, "")).containsExactlyInAnyOrder(l + " NATION 2 L draft 2 private 2 false",
                    n + " REGION 1 N v1 0", m + " null null M private draft 0 false");

            JsonNode badTier = json(get(org.bob, "/api/learnings?tier=GLOBAL")).path("errors").get(0);
            assertThat(badTier.path("field").asString()).isEqualTo("tier");
            assertThat(badTier.path("allowed").toString()).isEqualTo("[\"REGION\",\"NATION\"]");
            assertThat(json(get(org.bob, "/api/learnings?region=north")).path("errors").get(0).path("rule").asString())
                    .isEqualTo("uuid");
            ResponseEntity<String> badId = get(org.bob, "/api/learnings/not-a-uuid");
            assertThat(badId.getStatusCode().value()).isEqualTo(400);
            assertThat(json(badId).path("errors").get(0).path("field").asString()).isEqualTo("id");
        }

        @Test
        void givenTeamLearnings_whenAskedByMemberOrAnyoneElse_thenMemberGetsDraftsTooAndOthersTheMissingTeam404() {
            List<String> own = ids(json(get(org.alice, "/api/teams/" + org.teamA + "/learnings")));
            assertThat(own).containsExactly(l.toString(), m.toString()); // published first, then the draft
            for (String other : List.of(org.bob, org.sven, org.ann)) {
                ResponseEntity<String> hidden = get(other, "/api/teams/" + org.teamA + "/learnings");
                ResponseEntity<String> missing = get(other, "/api/teams/" + UUID.randomUUID() + "/learnings");
                assertThat(hidden.getStatusCode().value()).isEqualTo(404);
                assertThat(withoutInstance(hidden.getBody())).isEqualTo(withoutInstance(missing.getBody()));
            }
        }

        /** Issue 13, item 7: the learnings page asks once for what stewards said, not once per learning. */
        @Test
        void givenStewardsInvitationAndEndorsements_whenTheTeamAsksWhatItReceived_thenOneAnswerAsOnEachPage_andOthersTheMissingTeam404() {
            JsonNode received = json(get(org.alice, "/api/teams/" + org.teamA + "/learnings/received"));
            assertThat(received).hasSize(1); // M is a draft: nothing received
            JsonNode one = received.get(0);
            assertThat(one.path("learningId").asString()).isEqualTo(l.toString());
            assertThat(one.path("title").asString()).isEqualTo("L draft 2 private");
            assertThat(one.path("invitations")).hasSize(1);
            assertThat(one.path("endorsements").valueStream().map(e -> e.path("note").asString()))
                    .containsExactly("regional nod", "national nod");
            JsonNode page = detail(org.alice, l); // exactly what the learning's own page gives the team
            assertThat(one.path("invitations")).isEqualTo(page.path("invitations"));
            assertThat(one.path("endorsements")).isEqualTo(page.path("endorsements"));
            assertThat(json(get(org.bob, "/api/teams/" + org.teamB + "/learnings/received"))).isEmpty(); // N: none
            for (String other : List.of(org.bob, org.sven, org.ann)) {
                ResponseEntity<String> hidden = get(other, "/api/teams/" + org.teamA + "/learnings/received");
                ResponseEntity<String> missing = get(other, "/api/teams/" + UUID.randomUUID() + "/learnings/received");
                assertThat(hidden.getStatusCode().value()).isEqualTo(404);
                assertThat(withoutInstance(hidden.getBody())).isEqualTo(withoutInstance(missing.getBody()));
            }
        }

        @Test
        void givenWithdrawal_whenAnyoneOutsideTheTeamAsks_thenContentIsGoneEverywhereAndTheFactRemains() {
            assertThat(json(get(org.carla, "/api/experiments/" + x)).path("withdrawalNotice").isNull()).isTrue();

            db.awaitConsumed(infra.topic.send(List.of(org.event(l, withdrawn(l, org.teamA, org.north, NATION, "superseded")))));

            for (String outsider : List.of(org.bob, org.sven, org.carla, org.sara, org.ann)) {
                assertHidden(get(outsider, "/api/learnings/" + l), "/api/learnings/");
                assertThat(get(outsider, "/api/learnings").getBody()).doesNotContain(l.toString());
            }
            JsonNode team = detail(org.alice, l);
            assertThat(team.path("withdrawn").asBoolean()).isTrue();
            assertThat(team.path("withdrawal").path("reason").asString()).isEqualTo("superseded");
            assertThat(team.path("withdrawal").path("withdrawnAt").asString()).isEqualTo(org.timeline.lastAt());
            assertThat(versions(team)).containsExactly(1, 2);
            assertThat(get(org.alice, "/api/learnings").getBody()).contains(l.toString());

            JsonNode experiment = json(get(org.carla, "/api/experiments/" + x));
            assertThat(experiment.path("withdrawalNotice").toString()).isEqualTo(
                    "{\"learningId\":\"" + l + "\",\"withdrawnAt\":\"" + org.timeline.lastAt() + "\"}");
            assertThat(experiment.toString()).doesNotContain("L v2", "superseded");
        }

        private List<String> ours(String reader, String query) {
            List<String> mine = List.of(l.toString(), m.toString(), n.toString());
            List<String> lines = new ArrayList<>();
            json(get(reader, "/api/learnings" + query)).forEach(item -> {
                if (mine.contains(item.path("learningId").asString())) {
                    lines.add(String.join(" ", text(item, "learningId"), text(item, "tier"), text(item, "version"),
                            text(item, "title"), text(item, "endorsements"))
                            + (item.has("withdrawn") ? " " + item.path("withdrawn").asBoolean() : ""));
                }
            });
            return lines;
        }

        @Test
        void givenStewardAndAnalystRemoved_whenTheyAskOnAnyPath_thenNoRegionOrNationContentReachesThem() {
            assertThat(api.get("/api/learnings/" + n, TestTokens.token(org.sven)).getStatusCode().value()).isEqualTo(200);
            assertThat(api.get("/api/learnings/" + l, TestTokens.token(org.ann)).getStatusCode().value()).isEqualTo(200);
            db.awaitConsumed(infra.topic.send(List.of(org.event(org.north, new StewardRemoved(org.north, org.sven)),
                    org.event(org.appointment, new AnalystRemoved(org.appointment, org.ann)))));
            for (String former : List.of(org.sven, org.ann)) {
                for (UUID learning : List.of(l, n)) {
                    for (String path : List.of("/api/learnings/" + learning, "/api/learnings/" + learning + "/timeline")) {
                        assertThat(api.get(path, TestTokens.token(former)).getStatusCode().value())
                                .as(former + " " + path).isEqualTo(404);
                    }
                }
                for (String path : List.of("/api/learnings", "/api/landscape?asOf=" + Instant.now())) {
                    assertThat(String.valueOf(api.get(path, TestTokens.token(former)).getBody())).as(former + " " + path)
                            .doesNotContain(l.toString(), n.toString(), "L v", "N v1");
                }
                // The export keeps only sven's own invitation of L (his act, no content), as for any reader.
                assertThat(String.valueOf(api.get("/api/history/events?from=2026-01-01", TestTokens.token(former))
                        .getBody())).doesNotContain(n.toString(), "L v", "N v1", "nod");
            }
        }

        private JsonNode detail(String reader, UUID learning) {
            ResponseEntity<String> response = get(reader, "/api/learnings/" + learning);
            assertThat(response.getStatusCode().value()).as(reader + " reads " + learning).isEqualTo(200);
            return json(response);
        }

        private void assertHidden(ResponseEntity<String> response, String prefix) {
            ResponseEntity<String> missing = get(org.bob, prefix + UUID.randomUUID());
            assertThat(response.getStatusCode().value()).isEqualTo(404);
            assertThat(withoutInstance(response.getBody())).isEqualTo(withoutInstance(missing.getBody()));
        }

        private ResponseEntity<String> get(String reader, String path) {
            return api.get(path, TestTokens.token(reader));
        }

        private static String text(JsonNode node, String field) {
            return node.path(field).isNull() || node.path(field).isMissingNode() ? "null" : node.path(field).asString();
        }

        private static List<Integer> versions(JsonNode detail) {
            List<Integer> versions = new ArrayList<>();
            detail.path("versions").forEach(v -> versions.add(v.path("version").asInt()));
            return versions;
        }

        private static List<String> ids(JsonNode list) {
            List<String> ids = new ArrayList<>();
            list.forEach(item -> ids.add(item.path("learningId").asString()));
            return ids;
        }
    }

    /** The steward feed: resuming, what outsiders never get, losing access. */
    /**
     * Search by example: team A's experiments (one erased) and draft, team B's regional and withdrawn national
     * learnings, all about "škola". Words are typed without diacritics, as people type them on the go.
     */
    @Nested
    class Search {

        private final UUID x1 = UUID.randomUUID();
        private final UUID x2 = UUID.randomUUID();
        private final UUID m = UUID.randomUUID();
        private final UUID n = UUID.randomUUID();
        private final UUID w = UUID.randomUUID();

        @BeforeEach
        void aboutSchool() {
            Erasure byTeam = new Erasure(org.alice, Erasure.ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null);
            db.awaitConsumed(infra.topic.send(List.of(
                    org.event(x1, new ExperimentProposed(x1, org.teamA, "Pomůže společná schůzka dítěti?", "p",
                            "Škola a rodina u jednoho stolu", "m", null)),
                    org.event(x2, new ExperimentProposed(x2, org.teamA, "Škola jinak, Tomášek", "p", "pl", "m", null)),
                    org.event(x2, new ExperimentErased(x2, org.teamA, List.of(), byTeam)),
                    org.event(m, drafted(m, org.teamA, "Dítě a ŠKOLA")),
                    org.event(n, drafted(n, org.teamB, "N draft")),
                    org.event(n, published(n, org.teamB, org.north, 1, REGION, "Docházka: škola bez trestů")),
                    org.event(w, drafted(w, org.teamB, "W draft")),
                    org.event(w, published(w, org.teamB, org.north, 1, NATION, "Škola hrou")),
                    org.event(w, withdrawn(w, org.teamB, org.north, NATION, "not ready")))));
        }

        @Test
        void givenTextsWithDiacritics_whenEachReaderSearchesWithout_thenEachFindsWhatSheMaySeeAndNothingElse() {
            JsonNode alice = json(get(org.alice, "/api/search?q=skola"));
            assertThat(hits(alice)).containsExactlyInAnyOrder("experiment:" + x1, "learning:" + m, "learning:" + n);
            JsonNode first = find(alice, x1);
            assertThat(first.path("title").asString()).isEqualTo("Pomůže společná schůzka dítěti?");
            assertThat(first.path("snippet").asString()).contains("Škola a rodina");
            assertThat(first.path("link").asString()).isEqualTo("#/team/" + org.teamA + "/experiments/" + x1);
            assertThat(first.path("stage").asString()).isEqualTo("PROPOSED");
            assertThat(hits(json(get(org.alice, "/api/search?q=DITE")))).contains("experiment:" + x1, "learning:" + m);
            assertThat(hits(json(get(org.alice, "/api/search?q=tomasek")))).as("erased").isEmpty();

            assertThat(hits(json(get(org.bob, "/api/search?q=skola"))))
                    .containsExactlyInAnyOrder("learning:" + n, "learning:" + w);
            assertThat(find(json(get(org.bob, "/api/search?q=skola")), w).path("stage").asString()).isEqualTo("WITHDRAWN");
            assertThat(hits(json(get(org.sven, "/api/search?q=skola")))).containsExactly("learning:" + n);
            for (String outsider : List.of(org.carla, org.sara, org.ann)) {
                assertThat(hits(json(get(outsider, "/api/search?q=skola")))).as(outsider).isEmpty();
            }
        }

        @Test
        void givenFilters_whenAMemberSearches_thenTheyOnlyNarrowAndBadOnesAreProblems() {
            assertThat(hits(json(get(org.alice, "/api/search?q=skola&stage=PROPOSED")))).containsExactly("experiment:" + x1);
            assertThat(hits(json(get(org.alice, "/api/search?q=skola&topic=worker-wellbeing"))))
                    .containsExactly("learning:" + n);
            assertThat(hits(json(get(org.alice, "/api/search?q=skola&region=" + org.south)))).isEmpty();
            assertThat(hits(json(get(org.alice, "/api/search?q=skola&from=2026-03-01&to=2026-03-01")))).hasSize(3);
            assertThat(hits(json(get(org.alice, "/api/search?q=skola&from=2026-03-02")))).isEmpty();
            ResponseEntity<String> paged = get(org.alice, "/api/search?q=skola&limit=2");
            assertThat(hits(json(paged))).hasSize(2);
            assertThat(paged.getHeaders().getFirst("Link")).contains("rel=\"next\"");
            for (String bad : List.of("q=", "q=-.-", "q=skola&stage=LATE", "q=skola&from=1.3.2026",
                    "q=skola&from=2026-03-02&to=2026-03-01")) {
                ResponseEntity<String> answer = get(org.alice, "/api/search?" + bad);
                assertThat(answer.getStatusCode().value()).as(bad).isEqualTo(400);
                assertThat(json(answer).path("errors").get(0).path("rule").asString()).as(bad).isNotBlank();
            }
        }

        private ResponseEntity<String> get(String reader, String path) {
            return api.get(path, TestTokens.token(reader));
        }

        private JsonNode find(JsonNode hits, UUID id) {
            for (JsonNode hit : hits) {
                if (hit.path("id").asString().equals(id.toString())) {
                    return hit;
                }
            }
            throw new AssertionError("no hit " + id + " in " + hits);
        }

        private List<String> hits(JsonNode hits) {
            List<String> found = new ArrayList<>();
            hits.forEach(hit -> found.add(hit.path("kind").asString() + ":" + hit.path("id").asString()));
            return found;
        }
    }

    @Nested
    class Feed {

        @Test
        void givenClientThatDisconnects_whenResumingWithLastEventId_thenEveryVisibleEventArrivesOnceInOrder() throws Exception {
            UUID l = UUID.randomUUID();
            UUID n = UUID.randomUUID();
            UUID southOnly = UUID.randomUUID();
            UUID o = UUID.randomUUID();
            publish(org.event(l, drafted(l, org.teamA, "L")), org.event(l, published(l, org.teamA, org.north, 1, REGION, "L1")),
                    org.event(l, endorsed(l, org.teamA, org.north, REGION, org.sven, org.north, "nod")));
            publish(org.event(n, drafted(n, org.teamB, "N")), org.event(n, published(n, org.teamB, org.north, 1, REGION, "N1")));
            publish(org.event(southOnly, drafted(southOnly, org.teamC, "S")),
                    org.event(southOnly, published(southOnly, org.teamC, org.south, 1, REGION, "S1")));
            publish(org.event(l, published(l, org.teamA, org.north, 2, NATION, "L2")));
            publish(org.event(o, drafted(o, org.teamC, "O")), org.event(o, published(o, org.teamC, org.south, 1, NATION, "O1")));

            List<SseClient.Event> received = new ArrayList<>();
            try (SseClient first = SseClient.open(port, "/api/feed?lastEventId=" + start, token(org.sven), Map.of())) {
                assertThat(first.status()).isEqualTo(200);
                assertThat(first.contentType()).startsWith("text/event-stream");
                received.addAll(first.next(3, WAIT));
            }
            UUID q = UUID.randomUUID();
            publish(org.event(q, drafted(q, org.teamC, "Q")), org.event(q, published(q, org.teamC, org.south, 1, NATION, "Q1")));
            publish(org.event(l, endorsed(l, org.teamA, org.north, NATION, org.sara, org.south, "national nod")));
            String lastSeen = received.get(received.size() - 1).id();
            try (SseClient resumed = SseClient.open(port, "/api/feed?lastEventId=" + start, token(org.sven),
                    Map.of("Last-Event-ID", lastSeen))) { // the header wins over the URL's older position
                received.addAll(resumed.next(4, WAIT));
                UUID r = UUID.randomUUID();
                publish(org.event(r, drafted(r, org.teamA, "R")), org.event(r, published(r, org.teamA, org.north, 1, REGION, "R1")));
                received.addAll(resumed.next(1, WAIT));
                assertThat(resumed.next(Duration.ofMillis(800))).isNull(); // nothing more, in particular no repeat
                assertThat(resumed.heartbeats()).isPositive();
            }

            assertThat(received.stream().map(Feed::describe)).containsExactly("published L1", "endorsed nod",
                    "published N1", "published L2", "published O1", "published Q1", "endorsed national nod", "published R1");
            List<Long> ids = received.stream().map(e -> Long.parseLong(e.id())).toList();
            assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(id -> id > start);
        }

        @Test
        void givenReaderOutsideTheRegion_whenReadingTheFeed_thenNoRegionOnlyOrWithdrawnContentEverArrives() throws Exception {
            UUID n = UUID.randomUUID();
            UUID w = UUID.randomUUID();
            UUID q = UUID.randomUUID();
            UUID v = UUID.randomUUID();
            publish(org.event(n, drafted(n, org.teamB, "N")), org.event(n, published(n, org.teamB, org.north, 1, REGION, "N secret")));
            publish(org.event(w, drafted(w, org.teamA, "W")), org.event(w, published(w, org.teamA, org.north, 1, NATION, "W gone")),
                    org.event(w, withdrawn(w, org.teamA, org.north, NATION, "reason never shown")));
            publish(org.event(q, drafted(q, org.teamB, "Q")), org.event(q, published(q, org.teamB, org.north, 1, NATION, "Q ok – Třebíč, Vysočina")));
            publish(org.event(v, drafted(v, org.teamC, "V")),
                    org.event(v, published(v, org.teamC, org.south, 1, REGION, "V validates Q", q)));

            String sara = backlog(org.sara);
            assertThat(kinds(sara)).containsExactly("withdrawn " + w, "published " + q, "validated " + v);
            assertThat(Api.json(SseClient.parse(sara).get(1).data()).path("snapshot").path("title").asString())
                    .isEqualTo("Q ok – Třebíč, Vysočina");
            assertThat(sara).doesNotContain("N secret", "W gone", "reason never shown");
            assertThat(kinds(backlog(org.ann))).containsExactly("withdrawn " + w, "published " + q);
            // bob's team B owns N and Q: N in full, and the link of V's validation of Q without V's content
            String bob = backlog(org.bob);
            assertThat(kinds(bob)).containsExactly("published " + n, "withdrawn " + w, "published " + q, "validated " + v);
            JsonNode link = Api.json(SseClient.parse(bob).get(3).data());
            assertThat(link.has("snapshot")).isFalse();
            assertThat(link.path("validates").asString()).isEqualTo(q.toString());
            assertThat(link.path("result").asString()).isEqualTo("CONFIRMED");
            assertThat(bob).doesNotContain("W gone", "V validates Q");
            assertThat(kinds(backlog(org.carla))).containsExactly("withdrawn " + w, "published " + q, "validated " + v);
        }

        @Test
        void givenMemberRemovedFromTheirOnlyTeam_whenFollowingTheFeed_thenStreamEndsCleanlyAndReconnectIsRefused()
                throws Exception {
            UUID team = UUID.randomUUID();
            String dave = "dave-" + org.suffix;
            db.awaitConsumed(infra.topic.send(List.of(org.event(team, new TeamRegistered(team, org.south, "D", "x")),
                    org.event(team, new MemberAdded(team, dave)))));
            try (SseClient feed = SseClient.open(port, "/api/feed?lastEventId=" + start, token(dave), Map.of())) {
                assertThat(feed.status()).isEqualTo(200);
                db.awaitConsumed(infra.topic.send(List.of(org.event(team, new MemberRemoved(team, dave)))));
                assertThat(feed.awaitEnd(WAIT)).as("stream ended").isTrue();
                // Only SSE lines, no error document written into the stream by a refused async dispatch
                assertThat(feed.raw()).doesNotContain("!!", "problem", "{").contains(":heartbeat");
                assertThat(SseClient.parse(feed.raw())).isEmpty();
            }
            try (SseClient again = SseClient.open(port, "/api/feed", token(dave), Map.of())) {
                assertThat(again.status()).isEqualTo(403);
                assertThat(again.contentType()).isEqualTo("application/problem+json");
            }
        }

        /** #17 item 3: feeds wait for the database's NOTIFY; an idle one reads nothing, a new entry costs one read each. */
        @Test
        void givenTenIdleFeeds_whenNothingIsNew_thenNoneReadsTheTable_andANewEntryReachesEachWithAboutOneReadEach()
                throws Exception {
            List<SseClient> feeds = new ArrayList<>();
            try {
                for (String steward : List.of(org.sven, org.sara)) {
                    for (int i = 0; i < 5; i++) {
                        feeds.add(SseClient.open(port, "/api/feed?lastEventId=" + start, token(steward), Map.of()));
                        assertThat(feeds.get(feeds.size() - 1).status()).isEqualTo(200);
                    }
                }
                Counter reads = registry.get("ledger.feed.reads").counter();
                Awaitility.await().atMost(WAIT).until(() -> feeds.stream().allMatch(f -> f.heartbeats() > 0));
                double idleFrom = reads.count();
                // Polling every 250 ms, ten feeds would read the table 80 times meanwhile; with the fallback at
                // 300 ms per feed, about 66 times. The fallback is the instance's: one read of the newest position.
                Thread.sleep(2_000);
                assertThat(reads.count() - idleFrom).as("reads while idle").isLessThan(feeds.size());

                double before = reads.count();
                UUID news = UUID.randomUUID();
                publish(org.event(news, drafted(news, org.teamA, "News")),
                        org.event(news, published(news, org.teamA, org.north, 1, NATION, "news for everyone")));
                for (SseClient feed : feeds) {
                    assertThat(feed.next(1, WAIT)).extracting(SseClient.Event::data).singleElement()
                            .asString().contains("news for everyone");
                }
                assertThat(reads.count() - before).as("reads for one new entry").isLessThanOrEqualTo(3.0 * feeds.size());
            } finally {
                for (SseClient feed : feeds) {
                    feed.close();
                }
            }
        }

        /** #17 item 3: a notice that never came (here: the trigger is off) is caught by the instance's watch. */
        @Test
        void givenAnEntryAddedWithoutANotice_whenTheWatchReadsTheNewestPosition_thenTheOpenFeedReceivesIt()
                throws Exception {
            try (SseClient feed = SseClient.open(port, "/api/feed?lastEventId=" + start, token(org.sven), Map.of())) {
                assertThat(feed.status()).isEqualTo(200);
                jdbc.sql("ALTER TABLE feed_entry DISABLE TRIGGER feed_entry_signal").update();
                try {
                    UUID quiet = UUID.randomUUID();
                    publish(org.event(quiet, drafted(quiet, org.teamA, "Quiet")),
                            org.event(quiet, published(quiet, org.teamA, org.north, 1, NATION, "arrived unsignalled")));
                    assertThat(feed.next(1, WAIT)).extracting(SseClient.Event::data).singleElement()
                            .asString().contains("arrived unsignalled");
                } finally {
                    jdbc.sql("ALTER TABLE feed_entry ENABLE TRIGGER feed_entry_signal").update();
                }
            }
        }

        @Test
        void givenFiveOpenFeeds_whenTheSameReaderOpensASixth_then429UntilOneCloses() throws Exception {
            UUID team = UUID.randomUUID();
            String erin = "erin-" + org.suffix;
            db.awaitConsumed(infra.topic.send(List.of(org.event(team, new TeamRegistered(team, org.south, "E", "x")),
                    org.event(team, new MemberAdded(team, erin)))));
            List<SseClient> feeds = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    feeds.add(SseClient.open(port, "/api/feed", token(erin), Map.of()));
                    assertThat(feeds.get(i).status()).isEqualTo(200);
                }
                try (SseClient sixth = SseClient.open(port, "/api/feed", token(erin), Map.of())) {
                    assertThat(sixth.status()).isEqualTo(429);
                    assertThat(sixth.contentType()).isEqualTo("application/problem+json");
                }
                try (SseClient someoneElse = SseClient.open(port, "/api/feed", token(org.carla), Map.of())) {
                    assertThat(someoneElse.status()).isEqualTo(200);
                }
                feeds.remove(0).close();
                // the service notices a closed connection at its next write (a heartbeat at the latest)
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    SseClient again = SseClient.open(port, "/api/feed", token(erin), Map.of());
                    if (again.status() == 200) {
                        feeds.add(again);
                        return true;
                    }
                    again.close();
                    return false;
                });
            } finally {
                for (SseClient feed : feeds) {
                    feed.close();
                }
            }
        }

        @Test
        void givenStewardFollowingTheFeed_whenRemoved_thenHerRegionsPublicationsStopWithinSeconds() throws Exception {
            UUID before = UUID.randomUUID();
            UUID after = UUID.randomUUID();
            try (SseClient feed = SseClient.open(port, "/api/feed?lastEventId=" + start, token(org.sven), Map.of())) {
                publish(org.event(before, drafted(before, org.teamA, "B")),
                        org.event(before, published(before, org.teamA, org.north, 1, REGION, "before removal")));
                assertThat(feed.next(1, WAIT)).hasSize(1);
                db.awaitConsumed(infra.topic.send(List.of(org.event(org.north, new StewardRemoved(org.north, org.sven)))));
                assertThat(feed.awaitEnd(Duration.ofSeconds(3))).as("stream ended within seconds").isTrue();
                publish(org.event(after, drafted(after, org.teamA, "A")),
                        org.event(after, published(after, org.teamA, org.north, 1, REGION, "after removal")));
                assertThat(feed.raw()).doesNotContain("after removal");
            }
            try (SseClient again = SseClient.open(port, "/api/feed", token(org.sven), Map.of())) {
                assertThat(again.status()).isEqualTo(403);
            }
        }

        @Test
        void givenNoTokenOrBadParameters_whenOpeningTheFeed_thenProblemDocumentsNotStreams() throws Exception {
            try (SseClient anonymous = SseClient.open(port, "/api/feed", null, Map.of())) {
                assertThat(anonymous.status()).isEqualTo(401);
                assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
            }
            for (String bad : List.of("/api/feed?region=north", "/api/feed?lastEventId=x")) {
                try (SseClient feed = SseClient.open(port, bad, token(org.sven), Map.of())) {
                    assertThat(feed.status()).as(bad).isEqualTo(400);
                    assertThat(feed.contentType()).as(bad).isEqualTo("application/problem+json");
                }
            }
            try (SseClient feed = SseClient.open(port, "/api/feed", token(org.sven), Map.of("Last-Event-ID", "x"))) {
                assertThat(feed.status()).isEqualTo(400);
            }
        }

        /** Each argument's events in one send: they are of one learning, hence one partition, in order. */
        @SafeVarargs
        private void publish(ProducerRecord<String, byte[]>... events) {
            db.awaitConsumed(infra.topic.send(Arrays.asList(events)));
        }

        private String backlog(String reader) {
            return new Api(port).get("/api/feed?follow=false&lastEventId=" + start, token(reader)).getBody();
        }

        private static List<String> kinds(String stream) {
            return SseClient.parse(stream).stream()
                    .map(e -> e.name() + " " + Api.json(e.data())
                            .path("learningId").asString()).toList();
        }

        private static String describe(SseClient.Event event) {
            JsonNode data = Api.json(event.data());
            return event.name() + " " + (event.name().equals("endorsed") ? data.path("note").asString()
                    : data.path("snapshot").path("title").asString());
        }

        private static String token(String reader) {
            return TestTokens.token(reader);
        }
    }
}
