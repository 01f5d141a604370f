package org.learningledger.query;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.learningledger.query.Envelopes.lifecycle;
import static org.learningledger.query.Envelopes.record;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.events.Topics;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.query.intake.LedgerEventListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;

/** The real application against a real PostgreSQL and a real Kafka broker, both in-process. */
@QueryServiceTest
class QueryServiceIT {

    @Autowired
    Infrastructure infra;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Autowired
    MeterRegistry meters;

    private final UUID team = UUID.randomUUID();
    private final String member = "member-" + UUID.randomUUID();
    private ReadModelDatabase db;
    private Api api;

    @BeforeEach
    void connectAndRegisterTeam() {
        db = new ReadModelDatabase(jdbc);
        api = new Api(port);
        db.awaitConsumed(infra.topic.send(Envelopes.teamWithMembers(UUID.randomUUID(), team, member)));
    }

    @Test
    void givenFullLifecycle_whenConsumed_thenReadModelShowsItAndTeamListIsNewestFirst() {
        UUID concluded = UUID.randomUUID();
        UUID abandoned = UUID.randomUUID();
        UUID measure = UUID.randomUUID();
        infra.topic.send(lifecycle(team, concluded, measure, UUID.randomUUID()));
        db.awaitConsumed(infra.topic.send(List.of(
                record(abandoned, 0, 10, new ExperimentProposed(abandoned, team, "Shorter visits?", "p", "pl", "m", concluded)),
                record(abandoned, 1, 11, new ExperimentAbandoned(abandoned, team, "team reorganised")))));
        await().untilAsserted(() -> assertThat(json(get("/api/experiments/" + concluded)).path("status").asString())
                .isEqualTo("CONCLUDED"));

        JsonNode detail = json(get("/api/experiments/" + concluded));
        assertThat(detail.path("teamId").asString()).isEqualTo(team.toString());
        assertThat(detail.path("question").asString()).isEqualTo("Do family meetings reduce conflict?");
        assertThat(detail.path("decision").asString()).isEqualTo("ADOPT");
        assertThat(detail.path("summary").asString()).isEqualTo("Fewer escalations");
        assertThat(detail.path("proposedAt").asString()).isEqualTo(Envelopes.at(0).toString());
        assertThat(detail.path("startedAt").asString()).isEqualTo(Envelopes.at(1).toString());
        assertThat(detail.path("endedAt").asString()).isEqualTo(Envelopes.at(4).toString());
        assertThat(detail.path("version").asLong()).isEqualTo(4);
        JsonNode observations = detail.path("observations");
        assertThat(observations).hasSize(2);
        assertThat(observations.get(0).path("observationId").asString()).isEqualTo(measure.toString());
        assertThat(observations.get(0).path("value").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(observations.get(1).path("kind").asString()).isEqualTo("CHILD_VOICE");

        JsonNode list = json(get("/api/teams/" + team + "/experiments"));
        assertThat(list).hasSize(2);
        assertThat(list.get(0).path("id").asString()).isEqualTo(abandoned.toString()); // proposed later
        assertThat(list.get(1).path("id").asString()).isEqualTo(concluded.toString());
        JsonNode onlyAbandoned = json(get("/api/teams/" + team + "/experiments?status=ABANDONED"));
        assertThat(onlyAbandoned).hasSize(1);
        assertThat(onlyAbandoned.get(0).path("basedOn").asString()).isEqualTo(concluded.toString());
        assertThat(json(get("/api/experiments/" + abandoned)).path("abandonReason").asString())
                .isEqualTo("team reorganised");
    }

    @Test
    void givenCorrectionsAndANextCycle_whenConsumedTwice_thenTheViewReadsTheLatestWordingsWithHistoryAndLinks() {
        UUID first = UUID.randomUUID();
        UUID measure = UUID.randomUUID();
        UUID voice = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(lifecycle(team, first, measure, voice));
        records.add(record(first, 5, 5, new ObservationCorrected(first, team, voice, ObservationKind.CHILD_VOICE,
                "It is much calmer at home", "exact words")));
        records.add(record(first, 6, 6, new ObservationCorrected(first, team, voice, ObservationKind.FAMILY_VOICE,
                "Mum: it is much calmer at home", "it was the mother")));
        records.add(record(next, 0, 7, new ExperimentProposed(next, team, "Family meetings, fortnightly?", "p", "pl",
                "m", null, first)));
        records.add(record(next, 1, 8, new ExperimentRevised(next, team, "Family meetings every fortnight?", "p2",
                "pl2", "m2")));
        db.awaitConsumed(infra.topic.send(records));
        String before = db.checksum();
        db.awaitConsumed(infra.topic.send(records)); // a redelivery changes nothing
        assertThat(db.checksum()).isEqualTo(before);

        JsonNode corrected = json(get("/api/experiments/" + first)).path("observations").get(1);
        assertThat(corrected.path("text").asString()).isEqualTo("Mum: it is much calmer at home");
        assertThat(corrected.path("kind").asString()).isEqualTo("FAMILY_VOICE");
        assertThat(corrected.path("correctedAt").asString()).isEqualTo(Envelopes.at(6).toString());
        JsonNode history = corrected.path("history");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).path("text").asString()).isEqualTo("It is calmer at home");
        assertThat(history.get(0).path("kind").asString()).isEqualTo("CHILD_VOICE");
        assertThat(history.get(0).has("reason")).isFalse();
        assertThat(history.get(2).path("reason").asString()).isEqualTo("it was the mother");
        JsonNode untouched = json(get("/api/experiments/" + first)).path("observations").get(0);
        assertThat(untouched.has("history")).isFalse();
        assertThat(untouched.has("correctedAt")).isFalse();
        assertThat(json(get("/api/experiments/" + first)).path("nextCycles").get(0).path("question").asString())
                .isEqualTo("Family meetings every fortnight?");

        JsonNode cycle = json(get("/api/experiments/" + next));
        assertThat(cycle.path("question").asString()).isEqualTo("Family meetings every fortnight?");
        assertThat(cycle.path("plan").asString()).isEqualTo("pl2");
        assertThat(cycle.path("revisedAt").asString()).isEqualTo(Envelopes.at(8).toString());
        assertThat(cycle.path("follows").asString()).isEqualTo(first.toString());
        assertThat(cycle.path("followsQuestion").asString()).isEqualTo("Do family meetings reduce conflict?");
        assertThat(cycle.path("nextCycles")).isEmpty();
        String export = api.get("/api/history/events", TestTokens.token(member),
                java.util.Map.of("Accept", "application/x-ndjson")).getBody();
        assertThat(export.lines().filter(line -> line.contains("\"observation_corrected\"")
                && line.contains(first.toString()))).as("each correction is a line of its own").hasSize(2);
    }

    @Test
    void givenDuplicateDelivery_whenConsumed_thenReadModelUnchanged() {
        List<ProducerRecord<String, byte[]>> records =
                new ArrayList<>(lifecycle(team, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
        records.addAll(learningHistory(UUID.randomUUID()));
        db.awaitConsumed(infra.topic.send(records));
        String before = db.checksum();

        // The publisher re-sends after a crash: every record twice more, each time at new offsets.
        db.awaitConsumed(infra.topic.send(records));
        db.awaitConsumed(infra.topic.send(records));

        assertThat(db.checksum()).isEqualTo(before);
    }

    @Test
    void givenConsumerRewoundToStart_whenEverythingIsRedelivered_thenReadModelUnchanged() {
        db.awaitConsumed(infra.topic.send(lifecycle(team, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())));
        String before = db.checksum();

        MessageListenerContainer container = listeners.getListenerContainer(LedgerEventListener.ID);
        container.stop();
        db.forgetPositions(); // no stored position: the intake seeks to offset 0 on assignment
        container.start();
        db.awaitConsumed(infra.topic.endOffsets());

        assertThat(db.checksum()).isEqualTo(before);
    }

    @Test
    void givenPoisonRecords_whenConsumed_thenDeadLetteredWithReasonTheirAggregatesStoppedAndOthersApplied() {
        UUID unreadable = UUID.randomUUID();
        UUID unknownType = UUID.randomUUID();
        UUID incomplete = UUID.randomUUID();
        UUID unplaced = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        double countedBefore = deadLetterCount();
        List<RecordMetadata> bad = infra.topic.send(List.of(
                new ProducerRecord<>(Topics.EVENTS, unreadable.toString(), "{not json".getBytes(UTF_8)),
                Envelopes.unknownType(unknownType, "TeamDissolved"),
                record(incomplete, 0, 0, new ExperimentProposed(incomplete, null, "q", "p", "pl", "m", null)),
                record(unplaced, 0, 1, new ExperimentStarted(unplaced, team, null)),
                // fail closed: a good record after a refused one of its aggregate is held, not applied on a hole
                record(incomplete, 1, 2, new ExperimentProposed(incomplete, team, "q", "p", "pl", "m", null))));
        List<RecordMetadata> applied = infra.topic.send(List.of(
                record(good, 0, 2, new ExperimentProposed(good, team, "q", "p", "pl", "m", null))));

        db.awaitConsumed(bad);
        db.awaitConsumed(applied);
        assertThat(json(get("/api/experiments/" + good)).path("status").asString()).isEqualTo("PROPOSED");
        assertThat(get("/api/experiments/" + incomplete).getStatusCode().value()).isEqualTo(404);
        assertThat(db.deadLetterReason(bad.get(0))).startsWith("unreadable envelope");
        assertThat(db.deadLetterReason(bad.get(1))).isEqualTo("unknown event type 'TeamDissolved'");
        assertThat(db.deadLetterReason(bad.get(2))).isEqualTo("ExperimentProposed lacks required fields [teamId]");
        assertThat(db.deadLetterReason(bad.get(3))).contains("unknown experiment " + unplaced);
        assertThat(db.deadLetterReason(bad.get(4))).isEqualTo("held: aggregate stopped at sequence 0");
        assertThat(new String(db.deadLetterValue(bad.get(0)), UTF_8)).isEqualTo("{not json");
        assertThat(jdbc.sql("SELECT aggregate_id FROM stopped_aggregate WHERE aggregate_id IN (:ids)")
                .param("ids", List.of(unreadable, unknownType, incomplete, unplaced, good)).query(UUID.class).list())
                .containsExactlyInAnyOrder(unknownType, incomplete, unplaced); // the unreadable one names none
        await().untilAsserted(() -> assertThat(deadLetterCount()).isEqualTo(countedBefore + 5));
    }

    @Test
    void givenLearningEventsTheReadModelCannotPlace_whenConsumed_thenDeadLetteredWithReason() {
        UUID unknown = UUID.randomUUID();
        UUID draft = UUID.randomUUID();
        UUID incomplete = UUID.randomUUID();
        UUID region = UUID.randomUUID();
        List<RecordMetadata> sent = infra.topic.send(List.of(
                record(unknown, 0, 0, LearningEvents.published(unknown, team, region, 1, Tier.REGION, "t")),
                record(draft, 0, 0, LearningEvents.drafted(draft, team, "draft")),
                record(draft, 1, 1, LearningEvents.endorsed(draft, team, region, Tier.REGION, "s", region, "n")),
                record(draft, 2, 2, LearningEvents.published(draft, team, region, 1, Tier.REGION, "t")),
                record(incomplete, 0, 0, LearningEvents.drafted(incomplete, team, "draft")),
                record(incomplete, 1, 1, new LearningPublished(incomplete, team, region, 1, null, null))));
        db.awaitConsumed(sent);
        assertThat(db.deadLetterReason(sent.get(0))).isEqualTo("LearningPublished for unknown learning " + unknown);
        assertThat(db.deadLetterReason(sent.get(1))).isNull();
        assertThat(db.deadLetterReason(sent.get(2))).isEqualTo("LearningEndorsed for unpublished learning " + draft);
        assertThat(db.deadLetterReason(sent.get(3))).isEqualTo("held: aggregate stopped at sequence 1");
        assertThat(db.deadLetterReason(sent.get(5))).isEqualTo("LearningPublished lacks required fields [tier, snapshot]");
        assertThat(jdbc.sql("SELECT count(*) FROM learning_endorsement WHERE learning_id = :id").param("id", draft)
                .query(Long.class).single()).isZero(); // the refused record left nothing behind
    }

    @Test
    void givenDatabaseConnectionLost_whenApplying_thenBatchRetriedAndNothingDeadLettered() throws Exception {
        UUID experiment = UUID.randomUUID();
        try (Connection blocker = infra.postgres.getPostgresDatabase().getConnection();
                Statement sql = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            sql.execute("LOCK TABLE applied_sequence IN ACCESS EXCLUSIVE MODE");
            List<RecordMetadata> sent = infra.topic.send(List.of(
                    record(experiment, 0, 0, new ExperimentProposed(experiment, team, "q", "p", "pl", "m", null))));
            // The intake now waits for the lock: kill its connection in the middle of the batch.
            await().until(() -> db.backendsWaitingForLocks() > 0);
            db.terminateBackendsWaitingForLocks();
            await().until(() -> db.backendsWaitingForLocks() > 0); // retried on a new connection
            blocker.commit();
            db.awaitConsumed(sent);
            assertThat(db.deadLetterReason(sent.get(0))).isNull();
        }
        assertThat(get("/api/experiments/" + experiment).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void givenInvalidPathOrQueryParameter_whenQueried_thenProblemDocumentNamesParameterAndRule() {
        ResponseEntity<String> badId = get("/api/experiments/not-a-uuid");
        assertThat(badId.getStatusCode().value()).isEqualTo(400);
        assertThat(badId.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode error = json(badId).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("id");
        assertThat(error.path("rule").asString()).isEqualTo("uuid");
        assertThat(error.path("message").asString()).isEqualTo("must be a UUID");

        ResponseEntity<String> badStatus = get("/api/teams/" + team + "/experiments?status=DONE");
        assertThat(badStatus.getStatusCode().value()).isEqualTo(400);
        JsonNode statusError = json(badStatus).path("errors").get(0);
        assertThat(statusError.path("field").asString()).isEqualTo("status");
        assertThat(statusError.path("allowed").toString())
                .isEqualTo("[\"PROPOSED\",\"STARTED\",\"CONCLUDED\",\"ABANDONED\"]");

        ResponseEntity<String> missing = get("/api/experiments/" + UUID.randomUUID());
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(missing).path("detail").asString()).startsWith("No experiment ");
    }

    @Test
    void givenMembershipForUnknownTeam_whenConsumed_thenDeadLetteredWithReason() {
        UUID unknown = UUID.randomUUID();
        List<RecordMetadata> sent = infra.topic.send(List.of(record(unknown, 0, 0, new MemberAdded(unknown, member))));
        db.awaitConsumed(sent);
        assertThat(db.deadLetterReason(sent.get(0))).isEqualTo("MemberAdded for unknown team " + unknown);
    }

    @Test
    void givenNoTokenOrABadOne_whenQuerying_then401ProblemWithBearerChallenge() {
        String path = "/api/teams/" + team + "/experiments";
        List<ResponseEntity<String>> refused = List.of(api.anonymous(path), api.get(path, "not-a-jwt"),
                api.get(path, TestTokens.expired(member)), api.get(path, TestTokens.signedByStranger(member)),
                api.get(path, TestTokens.unsigned(member)), api.get(path, TestTokens.withoutSubject()),
                api.get("/api/me", TestTokens.unsigned(member, "admin")), api.get(path, TestTokens.forAnotherAudience(member)),
                api.get(path, TestTokens.fromAnotherIssuer(member)), api.get(path, TestTokens.withoutExpiry(member)));
        for (ResponseEntity<String> response : refused) {
            assertThat(response.getStatusCode().value()).isEqualTo(401);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
            assertThat(json(response).path("title").asString()).isEqualTo("Sign-in needed");
        }
        assertThat(get(path).getStatusCode().value()).isEqualTo(200); // the same member, with a good token
    }

    @Test
    void givenRunningService_whenHealthMetricsAndApiDescriptionAskedWithoutToken_thenAnswered() {
        assertThat(api.anonymous("/actuator/health").getStatusCode().value()).isEqualTo(200);
        assertThat(api.anonymous("/actuator/prometheus").getBody()).contains("ledger_intake_dead_letters_total");
        assertThat(api.anonymous("/v3/api-docs").getBody()).contains("/api/experiments/{id}", "/api/me", "bearer-jwt")
                .doesNotContain("\"authentication\""); // the reader is never a parameter
        assertThat(api.anonymous("/swagger-ui/index.html").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void givenDefaultPorts_whenTheWebInterfaceAsksForItsSettings_thenTheyNameThePortsAndNoIdentityProvider() {
        ResponseEntity<String> settings = api.anonymous("/ui/settings.js");
        assertThat(settings.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/javascript"))).isTrue();
        assertThat(settings.getBody()).contains("\"commandPort\":8081", "\"issuerPort\":8083", "\"oidc\":null",
                "\"defaultLanguage\":\"cs\"");
        assertThat(api.anonymous("/ui/config.js").getBody()).contains("from './settings.js'");
    }

    /**
     * Issue 13, item 7 (mobile data): the page names its modules and stylesheets at content-hashed addresses (an
     * import map, allowed by its hash in the CSP, and a modulepreload each), a hashed file comes gzip-compressed and
     * is kept a year; the page and the service worker are revalidated (no-cache, ETag, 304 while unchanged).
     */
    @Test
    void givenTheWebInterface_whenLoadedAndRevalidated_thenHashedFilesAreGzippedAndImmutableAndThePageAnswers304() throws Exception {
        HttpResponse<byte[]> page = raw("/", Map.of("Accept-Encoding", "gzip"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String html = gunzip(page.body());
        Matcher app = Pattern.compile("<script type=\"module\" src=\"(/ui/app-[0-9a-f]{32}\\.js)\"").matcher(html);
        assertThat(app.find()).as(html).isTrue();
        assertThat(html).contains("rel=\"modulepreload\" href=\"/ui/dom-", "\"/ui/views/learnings.js\":\"/ui/views/learnings-",
                "href=\"/ui/styles-", "\"/ui/settings.js\":\"/ui/settings.js?v=");
        String map = html.substring(html.indexOf("<script type=\"importmap\">") + 25, html.indexOf("</script>"));
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(map.getBytes(UTF_8)));
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self' 'sha256-" + hash + "'")
                .doesNotContain("unsafe-inline");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(raw("/", Map.of("Accept-Encoding", "gzip", "If-None-Match", etag)).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> module = raw(app.group(1), Map.of("Accept-Encoding", "gzip"));
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(module.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        assertThat(gunzip(module.body())).contains("import { get } from './api.js';");
        assertThat(raw("/ui/app.js", Map.of()).headers().firstValue("Cache-Control")).hasValue("no-cache");

        HttpResponse<byte[]> worker = raw("/sw.js", Map.of());
        assertThat(worker.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String workerTag = worker.headers().firstValue("ETag").orElseThrow();
        assertThat(raw("/sw.js", Map.of("If-None-Match", workerTag)).statusCode()).isEqualTo(304);
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<byte[]> raw(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    /** Every kind of learning event, hence a row in every learning table and feed entries. */
    private List<ProducerRecord<String, byte[]>> learningHistory(UUID learning) {
        UUID region = UUID.randomUUID();
        return List.of(
                record(learning, 0, 0, LearningEvents.drafted(learning, team, "draft")),
                record(learning, 1, 1, LearningEvents.published(learning, team, region, 1, Tier.REGION, "v1")),
                record(learning, 2, 2, LearningEvents.endorsed(learning, team, region, Tier.REGION, "s", region, "n")),
                record(learning, 3, 3, LearningEvents.invited(learning, team, "s", region, Tier.NATION)),
                record(learning, 4, 4, LearningEvents.revised(learning, team, "draft 2", null)),
                record(learning, 5, 5, LearningEvents.withdrawn(learning, team, region, Tier.REGION, "why")));
    }

    private double deadLetterCount() {
        return meters.get("ledger.intake.dead.letters").counter().count();
    }

    /** As the team's member. */
    private ResponseEntity<String> get(String path) {
        return api.get(path, TestTokens.token(member));
    }

    private static JsonNode json(ResponseEntity<String> response) {
        return Api.json(response);
    }
}
