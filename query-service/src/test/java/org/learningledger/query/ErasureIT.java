package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.learningledger.events.learning.Tier.NATION;
import static org.learningledger.query.Api.json;
import static org.learningledger.query.LearningEvents.drafted;
import static org.learningledger.query.LearningEvents.published;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import javax.crypto.SecretKey;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.Aead;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.NoteKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Erasure reaches every read model (DESIGN principle 8): experiments, observations, drafts, versions,
 * feed entries, history with its export and timeline answer the erased text as null with erasedAt
 * and erasedBy; retired schemas go; a rebuild from the topic afterwards agrees with the live models.
 * Most events are plain (as stored before encryption, which erasure blanks all the same); the sealed
 * ones are opened with keys from {@link org.learningledger.query.keys.TestKeyService}, a stand-in of
 * the command service's key endpoint, which does not run in this module (the infra module's
 * end-to-end canary runs both real services).
 */
@QueryServiceTest
class ErasureIT {

    private static final Erasure BY_TEAM = new Erasure("alice", Erasure.ErasedBy.TEAM,
            ErasureReason.IDENTIFYING_DETAILS, null);
    private static final Erasure BY_ADMIN = new Erasure("root", Erasure.ErasedBy.ADMINISTRATOR,
            ErasureReason.DATA_SUBJECT_REQUEST, "DSR-2026/7");

    @Autowired
    Infrastructure infra;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void givenPlainHistory_whenErasuresArrive_thenEveryPathAnswersNullWithErasedAtAndRetiredCopiesGo() throws Exception {
        Api api = new Api(port);
        TwoRegions org = new TwoRegions();
        String marker = "MARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UUID experiment = UUID.randomUUID();
        UUID measure = UUID.randomUUID();
        UUID voice = UUID.randomUUID();
        UUID whole = UUID.randomUUID();
        UUID wholeNote = UUID.randomUUID();
        UUID l = UUID.randomUUID();
        long feedStart = jdbc.sql("SELECT coalesce(max(id), 0) FROM feed_entry").query(Long.class).single();
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.add(org.event(experiment, new ExperimentProposed(experiment, org.teamA, "Kept question", "p", "plan",
                "measures", null)));
        events.add(org.event(experiment, new ObservationRecorded(experiment, org.teamA, measure,
                ObservationKind.MEASURE, "kept measure", new BigDecimal("2"), Envelopes.T0_DAY)));
        events.add(org.event(experiment, new ObservationRecorded(experiment, org.teamA, voice,
                ObservationKind.CHILD_VOICE, "Anička said " + marker, null, Envelopes.T0_DAY)));
        events.add(org.event(whole, new ExperimentProposed(whole, org.teamA, "Question " + marker, "pred " + marker,
                "plan " + marker, "measures " + marker, null)));
        events.add(org.event(whole, new ObservationRecorded(whole, org.teamA, wholeNote, ObservationKind.NOTE,
                "note " + marker, null, Envelopes.T0_DAY)));
        // Corrections are the observation's words too, a revision the experiment's: erased with them.
        events.add(org.event(experiment, new ObservationCorrected(experiment, org.teamA, voice,
                ObservationKind.CHILD_VOICE, "Anička really said " + marker, "exact words " + marker)));
        events.add(org.event(experiment, new ObservationCorrected(experiment, org.teamA, measure,
                ObservationKind.MEASURE, "kept measure, corrected", "typo")));
        events.add(org.event(whole, new ExperimentRevised(whole, org.teamA, "Revised " + marker, "pred", "plan",
                "measures")));
        events.add(org.event(whole, new ObservationCorrected(whole, org.teamA, wholeNote, ObservationKind.NOTE,
                "corrected note " + marker, "reason " + marker)));
        events.add(org.event(l, drafted(l, org.teamA, "Draft " + marker)));
        events.add(org.event(l, published(l, org.teamA, org.north, 1, NATION, "V1 " + marker)));
        events.add(org.event(l, new LearningRevised(l, org.teamA, "Second draft", "s", "p", "c", List.of(), null, null,
                2)));
        events.add(org.event(l, published(l, org.teamA, org.north, 2, NATION, "Second version")));
        ReadModelDatabase database = new ReadModelDatabase(jdbc);
        database.awaitConsumed(infra.topic.sendAll(events));
        String retired = "retired_" + Instant.now().minus(Duration.ofDays(1)).toEpochMilli();
        jdbc.sql("CREATE SCHEMA " + retired).update();
        jdbc.sql("CREATE TABLE " + retired + ".observation AS SELECT * FROM public.observation").update();
        assertThat(api.get("/api/experiments/" + experiment, TestTokens.token(org.alice)).getBody()).contains(marker);

        List<ProducerRecord<String, byte[]>> erasures = List.of(
                org.event(experiment, new ObservationErased(experiment, org.teamA, voice, BY_TEAM)),
                org.event(whole, new ExperimentErased(whole, org.teamA, List.of(wholeNote), BY_TEAM)),
                org.event(l, new LearningRevisionErased(l, org.teamA, 1, List.of(1), org.north, NATION, BY_ADMIN)));
        database.awaitConsumed(infra.topic.send(erasures));
        String erasedAt = org.timeline.lastAt();
        String alice = TestTokens.token(org.alice);
        String ann = TestTokens.token(org.ann);

        JsonNode detail = json(api.get("/api/experiments/" + experiment, alice));
        assertThat(detail.get("question").asString()).isEqualTo("Kept question");
        assertThat(detail.has("erasedAt")).isFalse();
        JsonNode erasedVoice = observation(detail, voice);
        assertThat(erasedVoice.get("text").isNull()).isTrue();
        assertThat(erasedVoice.get("erasedAt").asString()).isNotBlank();
        assertThat(erasedVoice.get("erasedBy").asString()).isEqualTo("TEAM");
        assertThat(erasedVoice.get("history")).as("every wording of it").hasSize(2)
                .allSatisfy(wording -> assertThat(wording.get("text").isNull()).isTrue());
        assertThat(erasedVoice.get("history").get(1).has("reason")).as("the correction's reason goes too").isFalse();
        JsonNode kept = observation(detail, measure);
        assertThat(kept.get("text").asString()).isEqualTo("kept measure, corrected");
        assertThat(kept.get("history").get(0).get("text").asString()).isEqualTo("kept measure");
        assertThat(kept.has("erasedAt")).isFalse();

        JsonNode erasedWhole = json(api.get("/api/experiments/" + whole, alice));
        for (String field : List.of("question", "prediction", "plan", "measures")) {
            assertThat(erasedWhole.get(field).isNull()).as(field).isTrue();
        }
        assertThat(erasedWhole.get("erasedBy").asString()).isEqualTo("TEAM");
        assertThat(Instant.parse(erasedWhole.get("erasedAt").asString())).isBefore(Instant.parse(erasedAt));
        assertThat(observation(erasedWhole, wholeNote).get("text").isNull()).isTrue();
        assertThat(observation(erasedWhole, wholeNote).get("history"))
                .allSatisfy(wording -> assertThat(wording.get("text").isNull()).isTrue());
        JsonNode listed = find(json(api.get("/api/teams/" + org.teamA + "/experiments", alice)), "id", whole);
        assertThat(listed.get("question").isNull()).isTrue();
        assertThat(listed.get("erasedAt").asString()).isEqualTo(erasedWhole.get("erasedAt").asString());

        // the analyst sees the national learning: its erased first version as the fact, the second in full
        JsonNode learning = json(api.get("/api/learnings/" + l, ann));
        JsonNode v1 = learning.get("versions").get(0);
        assertThat(v1.get("snapshot").get("title").isNull()).isTrue();
        assertThat(v1.get("snapshot").get("evidence").get(0).get("question").isNull()).isTrue();
        assertThat(v1.get("erasedAt").asString()).isEqualTo(erasedAt);
        assertThat(v1.get("erasedBy").asString()).isEqualTo("ADMINISTRATOR");
        assertThat(learning.get("versions").get(1).get("snapshot").get("title").asString()).isEqualTo("Second version");
        assertThat(learning.has("erasedAt")).isFalse();
        JsonNode own = json(api.get("/api/learnings/" + l, alice));
        assertThat(own.get("draft").get("title").asString()).as("the current draft is revision 2").isEqualTo("Second draft");
        assertThat(own.get("draft").get("revision").asInt()).as("the interface erases a revision by its number").isEqualTo(2);

        JsonNode timeline = json(api.get("/api/learnings/" + l + "/timeline", ann));
        JsonNode first = timeline.get("entries").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("published");
        assertThat(first.has("title")).isFalse();
        assertThat(first.get("erasedAt").asString()).isEqualTo(erasedAt);
        assertThat(first.get("erasedBy").asString()).isEqualTo("ADMINISTRATOR");

        String export = api.get("/api/history/events", alice, Map.of("Accept", "application/x-ndjson")).getBody();
        List<JsonNode> lines = export.lines().map(line -> read(line)).toList();
        JsonNode draftLine = lines.stream().filter(n -> n.path("kind").asString().equals("drafted")
                && n.path("learning_id").asString().equals(l.toString())).findFirst().orElseThrow();
        assertThat(draftLine.get("title").isNull()).isTrue();
        assertThat(draftLine.get("content").get("title").isNull()).isTrue();
        assertThat(draftLine.get("erased_at").asString()).isEqualTo(erasedAt);
        assertThat(draftLine.get("erased_by").asString()).isEqualTo("ADMINISTRATOR");
        JsonNode voiceLine = lines.stream().filter(n -> n.path("kind").asString().equals("observation_recorded")
                && n.path("content").path("observationId").asString().equals(voice.toString())).findFirst().orElseThrow();
        assertThat(voiceLine.get("note").isNull()).isTrue();
        assertThat(voiceLine.get("content").get("text").isNull()).isTrue();
        assertThat(voiceLine.get("erased_by").asString()).isEqualTo("TEAM");
        JsonNode correctionLine = lines.stream().filter(n -> n.path("kind").asString().equals("observation_corrected")
                && n.path("content").path("observationId").asString().equals(voice.toString())).findFirst().orElseThrow();
        assertThat(correctionLine.get("note").isNull()).isTrue();
        assertThat(correctionLine.get("content").get("reason").isNull()).isTrue();
        assertThat(correctionLine.get("erased_by").asString()).isEqualTo("TEAM");
        String csv = api.get("/api/history/events", ann, Map.of("Accept", "text/csv")).getBody();
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",note,erased_at,erased_by,lesson_id,case_review_id,challenge_id,"); // columns only ever gain at the end
        assertThat(csv).contains(",ADMINISTRATOR");

        List<SseClient.Event> feed;
        try (SseClient client = SseClient.open(port, "/api/feed?lastEventId=" + feedStart, ann, Map.of())) {
            feed = client.next(2, Duration.ofSeconds(10));
        }
        JsonNode firstEntry = feed.stream().map(e -> read(e.data()))
                .filter(d -> d.path("learningId").asString().equals(l.toString())).findFirst().orElseThrow();
        assertThat(firstEntry.get("version").asInt()).isEqualTo(1);
        assertThat(firstEntry.get("snapshot").get("title").isNull()).isTrue();
        assertThat(firstEntry.get("erasedAt").asString()).isEqualTo(erasedAt);
        assertThat(firstEntry.get("erasedBy").asString()).isEqualTo("ADMINISTRATOR");

        for (String token : List.of(alice, ann, TestTokens.token(org.sven), TestTokens.token(org.bob))) {
            for (String path : List.of("/api/experiments/" + experiment, "/api/experiments/" + whole,
                    "/api/teams/" + org.teamA + "/experiments", "/api/learnings/" + l, "/api/learnings",
                    "/api/learnings/" + l + "/timeline", "/api/landscape", "/api/history/events")) {
                assertThat(api.get(path, token).getBody()).as(path).doesNotContain(marker);
            }
        }
        assertThat(nowhereInTheDatabase(marker)).isEmpty();
        // dropped after the erasure's commit, a moment after the intake moved its position
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM pg_namespace WHERE nspname = :s").param("s", retired).query(Long.class).single())
                .as("retired copies are dropped on erasure").isZero());

        JsonNode rebuilt = rebuild(api);
        assertThat(rebuilt.get("state").asString()).as(rebuilt.toString()).isEqualTo("DONE");
        assertThat(json(api.get("/api/experiments/" + whole, alice))).isEqualTo(erasedWhole);
        assertThat(json(api.get("/api/learnings/" + l, ann))).isEqualTo(learning);
    }

    @Test
    void givenSealedContent_whenItsKeyIsErasedAndTheErasuresArrive_thenBlankedLiveAndARebuildAgrees() {
        Api api = new Api(port);
        TwoRegions org = new TwoRegions();
        String marker = "SEAL" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UUID experiment = UUID.randomUUID();
        UUID voice = UUID.randomUUID();
        UUID l = UUID.randomUUID();
        ReadModelDatabase database = new ReadModelDatabase(jdbc);
        database.awaitConsumed(infra.topic.sendAll(org.organisation()));
        List<ProducerRecord<String, byte[]>> sealed = List.of(
                org.timeline.sealed(experiment, new ExperimentProposed(experiment, org.teamA, "Kept question", "p", "plan",
                        "m", null), infra.keys),
                org.timeline.sealed(experiment, new ObservationRecorded(experiment, org.teamA, voice,
                        ObservationKind.FAMILY_VOICE, "Mother said " + marker, null, Envelopes.T0_DAY), infra.keys),
                org.timeline.sealed(l, drafted(l, org.teamA, "Draft " + marker), infra.keys),
                org.timeline.sealed(l, published(l, org.teamA, org.north, 1, NATION, "V1 " + marker), infra.keys));
        assertThat(sealed).allSatisfy(record -> assertThat(new String(record.value())).doesNotContain(marker)
                .contains("\"sealed\""));
        database.awaitConsumed(infra.topic.send(sealed));
        String alice = TestTokens.token(org.alice);
        String ann = TestTokens.token(org.ann);
        assertThat(observation(json(api.get("/api/experiments/" + experiment, alice)), voice).get("text").asString())
                .isEqualTo("Mother said " + marker);
        assertThat(api.get("/api/learnings/" + l, ann).getBody()).contains("V1 " + marker);

        // as the command side erases: the keys go with the erasure events, a publication among them withdrawn first
        Instant at = Instant.now();
        infra.keys.erase(ContentItem.observation(experiment, voice), at);
        infra.keys.erase(ContentItem.revision(l, 1), at);
        infra.keys.erase(ContentItem.version(l, 1), at);
        database.awaitConsumed(infra.topic.send(List.of(
                org.event(experiment, new ObservationErased(experiment, org.teamA, voice, BY_TEAM)),
                org.event(l, new LearningWithdrawn(l, org.teamA, org.north, NATION, null)),
                org.event(l, new LearningRevisionErased(l, org.teamA, 1, List.of(1), org.north, NATION, BY_TEAM)))));

        JsonNode detail = json(api.get("/api/experiments/" + experiment, alice));
        assertThat(observation(detail, voice).get("text").isNull()).isTrue();
        assertThat(observation(detail, voice).get("erasedBy").asString()).isEqualTo("TEAM");
        JsonNode own = json(api.get("/api/learnings/" + l, alice));
        assertThat(own.get("draft").get("title").isNull()).isTrue();
        assertThat(own.get("draft").get("erasedAt").asString()).isNotBlank();
        assertThat(own.get("withdrawn").asBoolean()).isTrue();
        assertThat(api.get("/api/learnings/" + l, ann).getStatusCode().value()).isEqualTo(404);
        assertThat(nowhereInTheDatabase(marker)).isEmpty();

        JsonNode rebuilt = rebuild(api);
        assertThat(rebuilt.get("state").asString()).as(rebuilt.toString()).isEqualTo("DONE");
        assertThat(rebuilt.get("liveChecksum").asString()).isEqualTo(rebuilt.get("rebuiltChecksum").asString());
        assertThat(json(api.get("/api/experiments/" + experiment, alice))).isEqualTo(detail);
        assertThat(json(api.get("/api/learnings/" + l, alice))).isEqualTo(own);
        assertThat(nowhereInTheDatabase(marker)).isEmpty();
    }

    @Test
    void givenAnEndorsementNoteAndAWithdrawalReason_whenErased_thenEveryPathAnswersNullWithErasedAt() throws Exception {
        Api api = new Api(port);
        TwoRegions org = new TwoRegions();
        String marker = "NOTE" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UUID l = UUID.randomUUID();
        long feedStart = jdbc.sql("SELECT coalesce(max(id), 0) FROM feed_entry").query(Long.class).single();
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.add(org.event(l, drafted(l, org.teamA, "Kept draft")));
        events.add(org.event(l, published(l, org.teamA, org.north, 1, NATION, "Kept version")));
        events.add(org.event(l, new LearningEndorsed(l, org.teamA, org.north, NATION, org.sven, org.north,
                "As with " + marker)));
        ReadModelDatabase database = new ReadModelDatabase(jdbc);
        database.awaitConsumed(infra.topic.sendAll(events));
        String ann = TestTokens.token(org.ann);
        String alice = TestTokens.token(org.alice);
        assertThat(api.get("/api/learnings/" + l, ann).getBody()).contains(marker);
        String retired = "retired_" + Instant.now().minus(Duration.ofDays(2)).toEpochMilli();
        jdbc.sql("CREATE SCHEMA " + retired).update();
        jdbc.sql("CREATE TABLE " + retired + ".learning_endorsement AS SELECT * FROM public.learning_endorsement").update();

        database.awaitConsumed(infra.topic.send(List.of(org.event(l, new LearningNoteErased(l, org.teamA,
                NoteKind.ENDORSEMENT_NOTE, org.sven, org.north, NATION, BY_TEAM)))));
        String noteErasedAt = org.timeline.lastAt();
        // dropped after the erasure's commit, a moment after the intake moved its position
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM pg_namespace WHERE nspname = :s").param("s", retired).query(Long.class).single())
                .as("retired copies are dropped on erasure").isZero());
        JsonNode learning = json(api.get("/api/learnings/" + l, ann));
        JsonNode endorsement = learning.get("endorsements").get(0);
        assertThat(endorsement.get("note").isNull()).isTrue();
        assertThat(endorsement.get("erasedAt").asString()).isEqualTo(noteErasedAt);
        assertThat(endorsement.get("erasedBy").asString()).isEqualTo("TEAM");
        assertThat(learning.get("versions").get(0).get("snapshot").get("title").asString()).isEqualTo("Kept version");
        JsonNode endorsed = find(json(api.get("/api/learnings/" + l + "/timeline", ann)).get("entries"), "kind",
                "endorsed");
        assertThat(endorsed.has("note")).isFalse();
        assertThat(endorsed.get("erasedAt").asString()).isEqualTo(noteErasedAt);
        List<SseClient.Event> feed;
        try (SseClient client = SseClient.open(port, "/api/feed?lastEventId=" + feedStart, ann, Map.of())) {
            feed = client.next(2, Duration.ofSeconds(10));
        }
        JsonNode feedEntry = feed.stream().map(e -> read(e.data())).filter(d -> d.has("endorsedAt")
                && d.path("learningId").asString().equals(l.toString())).findFirst().orElseThrow();
        assertThat(feedEntry.get("note").isNull()).isTrue();
        assertThat(feedEntry.get("erasedAt").asString()).isEqualTo(noteErasedAt);
        assertThat(feedEntry.get("erasedBy").asString()).isEqualTo("TEAM");

        database.awaitConsumed(infra.topic.send(List.of(
                org.event(l, new LearningWithdrawn(l, org.teamA, org.north, NATION, "Family " + marker)),
                org.event(l, new LearningNoteErased(l, org.teamA, NoteKind.WITHDRAWAL_REASON, null, org.north, NATION,
                        BY_ADMIN)))));
        String reasonErasedAt = org.timeline.lastAt();
        JsonNode own = json(api.get("/api/learnings/" + l, alice));
        assertThat(own.get("withdrawal").get("reason").isNull()).isTrue();
        assertThat(own.get("withdrawal").get("erasedAt").asString()).isEqualTo(reasonErasedAt);
        assertThat(own.get("withdrawal").get("erasedBy").asString()).isEqualTo("ADMINISTRATOR");
        assertThat(own.get("endorsements").get(0).get("note").isNull()).isTrue();
        List<JsonNode> lines = api.get("/api/history/events", alice, Map.of("Accept", "application/x-ndjson"))
                .getBody().lines().map(line -> read(line))
                .filter(n -> n.path("learning_id").asString().equals(l.toString())).toList();
        JsonNode withdrawnLine = find(lines, "withdrawn");
        assertThat(withdrawnLine.get("content").get("reason").isNull()).isTrue();
        assertThat(withdrawnLine.get("erased_at").asString()).isEqualTo(reasonErasedAt);
        assertThat(withdrawnLine.get("erased_by").asString()).isEqualTo("ADMINISTRATOR");
        JsonNode endorsedLine = find(lines, "endorsed");
        assertThat(endorsedLine.get("note").isNull()).isTrue();
        assertThat(endorsedLine.get("erased_at").asString()).isEqualTo(noteErasedAt);
        for (String token : List.of(alice, ann, TestTokens.token(org.sven), TestTokens.token(org.bob))) {
            for (String path : List.of("/api/learnings/" + l, "/api/learnings", "/api/learnings/" + l + "/timeline",
                    "/api/history/events")) {
                assertThat(api.get(path, token).getBody()).as(path).doesNotContain(marker);
            }
        }
        assertThat(nowhereInTheDatabase(marker)).isEmpty();

        JsonNode rebuilt = rebuild(api);
        assertThat(rebuilt.get("state").asString()).as(rebuilt.toString()).isEqualTo("DONE");
        assertThat(json(api.get("/api/learnings/" + l, alice))).isEqualTo(own);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asString().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private static JsonNode find(List<JsonNode> lines, String kind) {
        return lines.stream().filter(n -> n.path("kind").asString().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " line in " + lines));
    }

    @Test
    void givenSealedContentTheKeyServiceDoesNotKnow_whenRead_thenItsAggregateStopsAndTheDeadLetterKeepsCiphertext() {
        TwoRegions org = new TwoRegions();
        UUID experiment = UUID.randomUUID();
        String marker = "UNKN" + UUID.randomUUID().toString().substring(0, 8);
        ReadModelDatabase database = new ReadModelDatabase(jdbc);
        database.awaitConsumed(infra.topic.sendAll(org.organisation()));
        Map<ContentItem, SecretKey> elsewhere = new HashMap<>();
        List<RecordMetadata> sent = infra.topic.send(List.of(org.timeline.sealed(experiment, new ExperimentProposed(
                experiment, org.teamA, "Q " + marker, "p", "plan", "m", null),
                item -> elsewhere.computeIfAbsent(item, i -> Aead.newKey()))));
        database.awaitConsumed(sent);

        assertThat(database.deadLetterReason(sent.get(0))).contains("knows no data key").contains("experiment/");
        assertThat(new String(database.deadLetterValue(sent.get(0)))).contains("\"sealed\"").doesNotContain(marker);
        assertThat(jdbc.sql("SELECT count(*) FROM stopped_aggregate WHERE aggregate_id = :id").param("id", experiment)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void givenTheKeyServiceUnavailable_whenSealedContentArrives_thenItIsRetriedNotDeadLettered() {
        TwoRegions org = new TwoRegions();
        UUID experiment = UUID.randomUUID();
        ReadModelDatabase database = new ReadModelDatabase(jdbc);
        database.awaitConsumed(infra.topic.sendAll(org.organisation()));
        infra.keys.unavailable(true);
        try {
            List<RecordMetadata> sent = infra.topic.send(List.of(org.timeline.sealed(experiment,
                    new ExperimentProposed(experiment, org.teamA, "Retried question", "p", "plan", "m", null),
                    infra.keys)));
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(database.deadLetterReason(sent.get(0))).isNull();
            assertThat(jdbc.sql("SELECT count(*) FROM experiment WHERE id = :id").param("id", experiment)
                    .query(Long.class).single()).isZero();
            infra.keys.unavailable(false);
            database.awaitConsumed(sent);
        } finally {
            infra.keys.unavailable(false);
        }
        assertThat(jdbc.sql("SELECT question FROM experiment WHERE id = :id").param("id", experiment)
                .query(String.class).single()).isEqualTo("Retried question");
    }

    private static JsonNode observation(JsonNode experiment, UUID id) {
        return find(experiment.get("observations"), "observationId", id);
    }

    private static JsonNode find(JsonNode array, String field, UUID id) {
        for (JsonNode node : array) {
            if (node.path(field).asString().equals(id.toString())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + id + " in " + array);
    }

    /** The tables of every schema of the query database (retired ones included) whose rows hold the text. */
    private List<String> nowhereInTheDatabase(String text) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> tables = jdbc.sql("""
                SELECT table_schema, table_name FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")
                .query().listOfRows();
        for (Map<String, Object> t : tables) {
            String name = t.get("table_schema") + "." + t.get("table_name");
            long rows = jdbc.sql("SELECT count(*) FROM " + name + " x WHERE to_jsonb(x)::text LIKE :text")
                    .param("text", "%" + text + "%").query(Long.class).single();
            if (rows > 0) {
                found.add(name);
            }
        }
        return found;
    }

    private static JsonNode rebuild(Api api) {
        String admin = TestTokens.token("root", "admin");
        String location = api.post("/api/admin/rebuilds", admin, "{\"model\":\"all\"}").getHeaders().getLocation()
                .toString();
        AtomicReference<JsonNode> status = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            status.set(json(api.get(location, admin)));
            String state = status.get().get("state").asString();
            return state.equals("DONE") || state.equals("FAILED") || state.equals("DIVERGED");
        });
        return status.get();
    }

    /** JSON lines of an export or an SSE data field. */
    private static JsonNode read(String json) {
        return LedgerJson.mapper().readTree(json);
    }
}
