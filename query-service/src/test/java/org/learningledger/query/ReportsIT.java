package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.query.Api.json;
import static org.learningledger.query.Api.withoutInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportReplied;
import org.learningledger.events.report.ReportState;
import org.learningledger.events.report.ReportSubmitted;
import org.learningledger.events.report.ReportTriaged;
import org.learningledger.events.report.Receipts;
import org.learningledger.query.report.ReceiptGuesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Confidential reports through the real intake, sealed as the command side seals them: the region's
 * reviewers read its reports, everyone else gets the unseen 404; the reporter reads theirs by the receipt
 * code alone, with unsigned replies; wrong codes answer as unknown ids and, ten of them, 429; a lesson draft
 * is the reviewers' until approved, then its tier's; and nothing in the read model names a reporter.
 */
@QueryServiceTest
class ReportsIT {

    @Autowired
    Infrastructure infra;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReceiptGuesses guesses;
    @LocalServerPort
    int port;

    private final TwoRegions org = new TwoRegions();
    private final String rita = "rita-" + org.suffix; // reviews North
    private final String rosa = "rosa-" + org.suffix; // reviews North too: approves rita's drafts
    private final String ron = "ron-" + org.suffix; // reviews South
    private final String reporter = "reporter-canary-" + UUID.randomUUID();
    private final String code = Receipts.newCode();
    private final UUID report = UUID.randomUUID();
    private final UUID reply = UUID.randomUUID();
    private Api api;

    @BeforeEach
    void start() {
        api = new Api(port);
        guesses.forgetAll();
    }

    @Test
    void givenAReportWithAnAdditionReplyAndTriage_whenTheRegionsReviewerReads_thenTheyGetAllOfItAndNoOneElseAnything() {
        send(submittedReport());
        String ritaToken = TestTokens.token(rita);

        assertThat(json(api.get("/api/me", ritaToken)).get("reviews").get(0).asString()).isEqualTo(org.north.toString());
        JsonNode list = json(api.get("/api/regions/" + org.north + "/reports", ritaToken));
        assertThat(list.findValuesAsString("id")).containsExactly(report.toString());
        assertThat(list.get(0).get("state").asString()).isEqualTo("ANSWERED");
        JsonNode detail = json(api.get("/api/reports/" + report, ritaToken));
        assertThat(detail.get("kind").asString()).isEqualTo("NEAR_MISS");
        assertThat(detail.get("whatHappened").asString()).isEqualTo("The door was left open");
        assertThat(detail.get("additions").get(0).get("text").asString()).isEqualTo("It happened twice");
        assertThat(detail.get("replies").get(0).get("reviewerId").asString()).isEqualTo(rita);
        assertThat(detail.get("triage").findValuesAsString("state")).containsExactly("UNDER_REVIEW", "ANSWERED");
        assertThat(detail.toString()).doesNotContain(reporter).doesNotContain("receipt");

        for (String other : List.of(ron, org.alice, org.sven, org.ann, org.carla)) {
            String token = TestTokens.token(other, "admin");
            assertThat(api.get("/api/reports/" + report, token).getStatusCode().value()).as(other).isEqualTo(404);
            assertThat(api.get("/api/regions/" + org.north + "/reports", token).getStatusCode().value()).as(other)
                    .isEqualTo(404);
        }
        String unknown = api.get("/api/reports/" + UUID.randomUUID(), ritaToken).getBody();
        assertThat(withoutInstance(api.get("/api/reports/" + report, TestTokens.token(ron)).getBody()))
                .isEqualTo(withoutInstance(unknown));
    }

    @Test
    void givenATypedCodeInLowerCaseWithSpaces_whenTheReporterReadsWithoutSigningIn_thenRepliesComeUnsigned() {
        send(submittedReport());
        String typed = Receipts.shown(code).toLowerCase().replace("-", " ");

        ResponseEntity<String> response = api.anonymous("/api/reports/receipts/" + typed);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode view = json(response);
        assertThat(view.get("state").asString()).isEqualTo("ANSWERED");
        assertThat(view.get("whatHappened").asString()).isEqualTo("The door was left open");
        assertThat(view.get("additions").get(0).get("text").asString()).isEqualTo("It happened twice");
        assertThat(view.get("replies").get(0).get("text").asString()).isEqualTo("Thank you, we will look at it");
        assertThat(response.getBody()).doesNotContain(rita).doesNotContain(reply.toString())
                .doesNotContain("reviewer").doesNotContain(report.toString());
    }

    @Test
    void givenAWrongOrMalformedCode_whenLookedUp_thenTheUnknownReportsBodyAndAfterTenOfThem429WithRetryAfter() {
        send(submittedReport());
        String unknown = withoutInstance(api.get("/api/reports/" + UUID.randomUUID(), TestTokens.token(rita)).getBody());

        ResponseEntity<String> wrong = api.anonymous("/api/reports/receipts/" + Receipts.newCode());
        assertThat(wrong.getStatusCode().value()).isEqualTo(404);
        assertThat(withoutInstance(wrong.getBody())).isEqualTo(unknown);
        assertThat(withoutInstance(api.anonymous("/api/reports/receipts/not-a-code").getBody())).isEqualTo(unknown);
        for (int i = 2; i < 10; i++) {
            assertThat(api.anonymous("/api/reports/receipts/" + Receipts.newCode()).getStatusCode().value()).isEqualTo(404);
        }

        ResponseEntity<String> limited = api.anonymous("/api/reports/receipts/" + code);
        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeaders().getFirst("Retry-After"))).isBetween(1L, 601L);
        assertThat(json(limited).get("status").asInt()).isEqualTo(429);
    }

    @Test
    void givenALessonDraft_whenApprovedAtRegion_thenOnlyReviewersSawTheDraftAndNowTheRegionReadsIt() {
        UUID lesson = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> events = submittedReport();
        events.add(sealed(lesson, new LessonDrafted(lesson, report, org.north, rita, "Close the door", "A summary",
                "Check the door at night", Tier.REGION)));
        send(events);

        assertThat(json(api.get("/api/lessons/" + lesson, TestTokens.token(rosa))).get("approved").asBoolean()).isFalse();
        for (String other : List.of(org.alice, org.sven, org.ann, ron, org.carla)) {
            assertThat(api.get("/api/lessons/" + lesson, TestTokens.token(other)).getStatusCode().value()).as(other)
                    .isEqualTo(404);
        }
        assertThat(json(api.get("/api/reports/" + report, TestTokens.token(rita))).get("lessons").get(0)
                .get("approvedAt").isNull()).isTrue();
        assertThat(api.get("/api/search?q=door", TestTokens.token(rita)).getBody()).as("a draft is searched by no one")
                .doesNotContain(lesson.toString());

        send(List.of(sealed(lesson, new LessonApproved(lesson, report, org.north, rosa, Tier.REGION, "Close the door",
                "A summary", "Check the door at night"))));

        JsonNode read = json(api.get("/api/lessons/" + lesson, TestTokens.token(org.alice)));
        assertThat(read.get("title").asString()).isEqualTo("Close the door");
        assertThat(read.get("approved").asBoolean()).isTrue();
        assertThat(read.toString()).doesNotContain(rita).doesNotContain(rosa).doesNotContain(report.toString());
        assertThat(api.get("/api/lessons/" + lesson, TestTokens.token(org.sven)).getStatusCode().value()).isEqualTo(200);
        for (String other : List.of(org.carla, org.ann)) {
            assertThat(api.get("/api/lessons/" + lesson, TestTokens.token(other)).getStatusCode().value()).as(other)
                    .isEqualTo(404);
            assertThat(api.get("/api/search?q=door", TestTokens.token(other)).getBody()).as(other)
                    .doesNotContain(lesson.toString());
        }
        assertThat(api.get("/api/search?q=DOOR+nigh", TestTokens.token(org.alice)).getBody())
                .contains("{\"kind\":\"lesson\",\"id\":\"" + lesson + "\"");
        JsonNode receipt = json(api.anonymous("/api/reports/receipts/" + code));
        assertThat(receipt.get("lessons").get(0).get("lessonId").asString()).isEqualTo(lesson.toString());
    }

    /**
     * What changed because someone spoke up: started experiments based on the lesson are counted, never
     * named. Then the report and the lesson are erased as the command side erases (keys first): every text
     * is gone from the read model's rows and every answer, the receipt holder's included; the facts stay.
     */
    @Test
    void givenALessonBuiltOn_whenItAndItsReportAreErased_thenTheCountStaysAndEveryTextIsGoneWithErasedAt() {
        String marker = "ERASE" + UUID.randomUUID().toString().substring(0, 8);
        UUID lesson = UUID.randomUUID();
        UUID started = UUID.randomUUID();
        UUID proposed = UUID.randomUUID();
        UUID addition = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.add(org.event(org.north, new ReviewerAppointed(org.north, rita)));
        events.add(sealed(report, new ReportSubmitted(report, org.north, ReportKind.CONCERN, "Happened " + marker,
                "Helped " + marker, null, Receipts.hash(code))));
        events.add(sealed(report, new ReportAdded(report, org.north, addition, "Added " + marker)));
        events.add(sealed(report, new ReportReplied(report, org.north, reply, rita, "Reply " + marker)));
        events.add(sealed(report, new ReportTriaged(report, org.north, ReportState.ANSWERED, rita, "Reason " + marker)));
        events.add(sealed(lesson, new LessonDrafted(lesson, report, org.north, rita, "Title " + marker, "Summary",
                "Practice " + marker, Tier.NATION)));
        events.add(sealed(lesson, new LessonApproved(lesson, report, org.north, rosa, Tier.NATION, "Title " + marker,
                "Summary", "Practice " + marker)));
        events.add(org.event(started, new ExperimentProposed(started, org.teamC, "q", "p", "p", "m", lesson)));
        events.add(org.event(started, new ExperimentStarted(started, org.teamC, null)));
        events.add(org.event(proposed, new ExperimentProposed(proposed, org.teamA, "q", "p", "p", "m", lesson)));
        send(events);

        JsonNode receipt = json(api.anonymous("/api/reports/receipts/" + code));
        assertThat(receipt.get("lessons").get(0).get("experimentsStarted").asInt()).as("proposals do not count").isEqualTo(1);
        assertThat(receipt.toString()).doesNotContain(org.teamC.toString()).doesNotContain(started.toString());
        ResponseEntity<String> read = api.get("/api/lessons/" + lesson, TestTokens.token(org.carla));
        assertThat(json(read).get("experimentsStarted").asInt()).isEqualTo(1);
        assertThat(read.getBody()).contains("Title " + marker).doesNotContain(org.teamC.toString());

        java.time.Instant at = java.time.Instant.now();
        infra.keys.erase(ContentItem.report(report), at);
        infra.keys.erase(ContentItem.lesson(lesson), at);
        send(List.of(org.event(report, new ReportErased(report, org.north, List.of(addition), List.of(reply),
                        new Erasure(rita, Erasure.ErasedBy.REVIEWER, ErasureReason.IDENTIFYING_DETAILS, null))),
                org.event(lesson, new LessonErased(lesson, report, org.north, new Erasure("root",
                        Erasure.ErasedBy.ADMINISTRATOR, ErasureReason.DATA_SUBJECT_REQUEST, "DSR-15")))));

        assertThat(new ReadModelDatabase(jdbc).tablesHolding(List.of(marker))).as("rows holding the texts").isEmpty();
        JsonNode erased = json(api.anonymous("/api/reports/receipts/" + code));
        assertThat(erased.get("erasedAt").asString()).isNotBlank();
        assertThat(erased.get("state").asString()).isEqualTo("ANSWERED");
        assertThat(erased.get("whatHappened").isNull()).isTrue();
        assertThat(erased.get("additions").get(0).get("text").isNull()).isTrue();
        assertThat(erased.get("replies").get(0).get("text").isNull()).isTrue();
        assertThat(erased.get("lessons").get(0).get("title").isNull()).isTrue();
        assertThat(erased.get("lessons").get(0).get("erasedAt").asString()).isNotBlank();
        assertThat(erased.get("lessons").get(0).get("experimentsStarted").asInt()).isEqualTo(1);
        JsonNode detail = json(api.get("/api/reports/" + report, TestTokens.token(rita)));
        assertThat(detail.get("triage").get(0).get("reason").isNull()).isTrue();
        assertThat(detail.get("erasedAt").asString()).isNotBlank();
        JsonNode blank = json(api.get("/api/lessons/" + lesson, TestTokens.token(org.carla)));
        assertThat(blank.get("approved").asBoolean()).isTrue();
        assertThat(blank.get("practice").isNull()).isTrue();
        assertThat(blank.get("erasedAt").asString()).isNotBlank();
        assertThat(List.of(erased.toString(), detail.toString(), blank.toString())).noneMatch(t -> t.contains(marker));
    }

    /**
     * An approved lesson reads like a learning at its tier: a feed entry kind lesson (live and on resume), a
     * landscape item, its timeline and an export line, for the region's teams, stewards and reviewers only,
     * never naming the report or a reviewer. Erased, each keeps its place with no text and says when and by whom.
     */
    @Test
    void givenALessonApprovedAtRegion_whenFollowedAndErased_thenItReadsLikeALearningThereAndKeepsItsPlaceBlank()
            throws Exception {
        UUID lesson = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> events = submittedReport();
        events.add(sealed(lesson, new LessonDrafted(lesson, report, org.north, rita, "Ask the child first", "Summary",
                "Practice", Tier.REGION)));
        send(events);
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM feed_entry").query(Long.class).single();
        String position;
        try (SseClient live = SseClient.open(port, "/api/feed", TestTokens.token(org.sven),
                Map.of("Last-Event-ID", Long.toString(before)))) {
            send(List.of(sealed(lesson, new LessonApproved(lesson, report, org.north, rosa, Tier.REGION,
                    "Ask the child first", "Summary", "Practice"))));
            SseClient.Event event = live.next(Duration.ofSeconds(10));
            assertThat(event.name()).isEqualTo("lesson");
            JsonNode data = json(event.data());
            assertThat(data.get("lessonId").asString()).isEqualTo(lesson.toString());
            assertThat(data.get("regionId").asString()).isEqualTo(org.north.toString());
            assertThat(data.get("tier").asString()).isEqualTo("REGION");
            assertThat(data.get("practice").asString()).isEqualTo("Practice");
            assertThat(data.get("approvedAt").asString()).isNotBlank();
            assertThat(event.data()).doesNotContain(report.toString(), rita, rosa, "teamId", "learningId");
            position = event.id();
        }
        try (SseClient resumed = SseClient.open(port, "/api/feed", TestTokens.token(org.sven),
                Map.of("Last-Event-ID", position))) {
            assertThat(resumed.next(Duration.ofMillis(800))).as("nothing twice after resuming").isNull();
        }
        String backlog = "/api/feed?follow=false&lastEventId=" + before;
        for (String reader : List.of(org.alice, org.bob, org.sven, rita, rosa)) {
            assertThat(api.get(backlog, TestTokens.token(reader)).getBody()).as(reader).contains(lesson.toString());
        }
        for (String reader : List.of(org.carla, org.sara, org.ann, ron)) {
            ResponseEntity<String> nothing = api.get(backlog, TestTokens.token(reader));
            assertThat(nothing.getStatusCode().value()).as(reader).isEqualTo(200);
            assertThat(String.valueOf(nothing.getBody())).as(reader).doesNotContain(lesson.toString());
        }
        String alice = TestTokens.token(org.alice);
        String carla = TestTokens.token(org.carla);
        assertThat(json(api.get("/api/landscape", alice)).get("lessons").findValuesAsString("lessonId"))
                .contains(lesson.toString());
        assertThat(api.get("/api/landscape", carla).getBody()).doesNotContain(lesson.toString());
        JsonNode timeline = json(api.get("/api/lessons/" + lesson + "/timeline", alice));
        assertThat(timeline.get("entries").get(0).get("kind").asString()).isEqualTo("approved");
        assertThat(timeline.get("entries").get(0).get("title").asString()).isEqualTo("Ask the child first");
        assertThat(withoutInstance(api.get("/api/lessons/" + lesson + "/timeline", carla).getBody()))
                .isEqualTo(withoutInstance(api.get("/api/lessons/" + UUID.randomUUID(), alice).getBody()));
        assertThat(exportLine(alice, lesson).get("content").get("practice").asString()).isEqualTo("Practice");
        assertThat(exportLine(carla, lesson)).isNull();

        infra.keys.erase(ContentItem.lesson(lesson), java.time.Instant.now());
        send(List.of(org.event(lesson, new LessonErased(lesson, report, org.north,
                new Erasure(rita, Erasure.ErasedBy.REVIEWER, ErasureReason.IDENTIFYING_DETAILS, null)))));

        SseClient.Event kept = SseClient.parse(api.get(backlog, alice).getBody()).stream()
                .filter(e -> e.data().contains(lesson.toString())).findFirst().orElseThrow();
        assertThat(kept.id()).isEqualTo(position);
        assertThat(json(kept.data()).get("title").isNull()).isTrue();
        assertThat(json(kept.data()).get("erasedBy").asString()).isEqualTo("REVIEWER");
        JsonNode item = json(api.get("/api/landscape", alice)).get("lessons").get(0);
        assertThat(item.has("title")).isFalse();
        assertThat(item.get("erasedAt").asString()).isNotBlank();
        assertThat(json(api.get("/api/lessons/" + lesson + "/timeline", alice)).get("entries").get(0).get("erasedBy")
                .asString()).isEqualTo("REVIEWER");
        JsonNode line = exportLine(alice, lesson);
        assertThat(line.get("title").isNull()).isTrue();
        assertThat(line.get("content").get("practice").isNull()).isTrue();
        assertThat(line.get("erased_at").asString()).isNotBlank();
    }

    /**
     * The only figures: per region and kind, a number only where at least 5 reports fall in the cell (0 and 1..4
     * alike); analysts read every region's, a reviewer their region's, and anyone else the unknown path's 404.
     */
    @Test
    void givenFiveIncidentsAndFourConcerns_whenFiguresAreAsked_thenOnlyTheFiveShowAndOnlyToAnalystsAndReviewers() {
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.add(org.event(org.north, new ReviewerAppointed(org.north, rita)));
        events.add(org.event(org.south, new ReviewerAppointed(org.south, ron)));
        for (int i = 0; i < 10; i++) {
            UUID id = UUID.randomUUID();
            UUID region = i < 9 ? org.north : org.south;
            ReportKind kind = i < 5 || i == 9 ? ReportKind.INCIDENT : ReportKind.CONCERN;
            events.add(sealed(id, new ReportSubmitted(id, region, kind, "What happened", null, null,
                    "pbkdf2-sha256$210000$test-" + id)));
        }
        send(events);

        JsonNode analyst = json(api.get("/api/reports/figures", TestTokens.token(org.ann))).get("cells");
        assertThat(cell(analyst, org.north, "INCIDENT")).isEqualTo("5 false");
        assertThat(cell(analyst, org.north, "CONCERN")).isEqualTo("null true").isEqualTo(cell(analyst, org.north,
                "NEAR_MISS"));
        assertThat(cell(analyst, org.south, "INCIDENT")).isEqualTo("null true");
        JsonNode reviewer = json(api.get("/api/reports/figures", TestTokens.token(rita))).get("cells");
        assertThat(reviewer.findValuesAsString("regionId")).hasSize(4).containsOnly(org.north.toString());
        assertThat(cell(reviewer, org.north, "INCIDENT")).isEqualTo("5 false");
        assertThat(json(api.get("/api/reports/figures", TestTokens.token(ron))).get("cells")
                .findValuesAsString("regionId")).containsOnly(org.south.toString());
        String unmapped = withoutInstance(api.get("/api/nothing-mapped", TestTokens.token(org.alice)).getBody())
                .replace("api/nothing-mapped", "api/reports/figures");
        for (String other : List.of(org.alice, org.sven, org.carla, "root-" + org.suffix)) {
            ResponseEntity<String> refused = api.get("/api/reports/figures", TestTokens.token(other, "admin"));
            assertThat(refused.getStatusCode().value()).as(other).isEqualTo(404);
            assertThat(withoutInstance(refused.getBody())).as(other).isEqualTo(unmapped);
        }
    }

    @Test
    void givenAReport_whenTheReadModelIsSearched_thenNoTableNamesAReporterAndTheReceiptHashIsTheOnlyLink() {
        send(submittedReport());
        api.get("/api/reports/receipts/" + code, TestTokens.token(reporter)); // the reporter's token reaches the query side

        assertThat(new ReadModelDatabase(jdbc).tablesHolding(List.of(reporter, code))).isEmpty();
        List<String> columns = jdbc.sql("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name IN ('report', 'report_addition')""")
                .query(String.class).list();
        assertThat(columns).isNotEmpty().noneMatch(c -> c.matches(".*(user|actor|by|author|team|device|reporter).*"));
        assertThat(columns).contains("report.receipt_hash");
        assertThat(jdbc.sql("SELECT receipt_hash FROM report WHERE report_id = :r").param("r", report)
                .query(String.class).single()).isEqualTo(Receipts.hash(code));
    }

    /** The organisation with three reviewers, and a report with an addition, a reply and two triage steps. */
    private List<ProducerRecord<String, byte[]>> submittedReport() {
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.add(org.event(org.north, new ReviewerAppointed(org.north, rita)));
        events.add(org.event(org.north, new ReviewerAppointed(org.north, rosa)));
        events.add(org.event(org.south, new ReviewerAppointed(org.south, ron)));
        events.add(sealed(report, new ReportSubmitted(report, org.north, ReportKind.NEAR_MISS, "The door was left open",
                "A colleague noticed", null, Receipts.hash(code))));
        events.add(sealed(report, new ReportTriaged(report, org.north, ReportState.UNDER_REVIEW, rita, "Looking")));
        events.add(sealed(report, new ReportAdded(report, org.north, UUID.randomUUID(), "It happened twice")));
        events.add(sealed(report, new ReportReplied(report, org.north, reply, rita, "Thank you, we will look at it")));
        events.add(sealed(report, new ReportTriaged(report, org.north, ReportState.ANSWERED, rita, "Answered")));
        return events;
    }

    /** The reports and whether fewer than 5 of the cell of {@code region} and {@code kind}. */
    private static String cell(JsonNode cells, UUID region, String kind) {
        for (JsonNode cell : cells) {
            if (cell.get("regionId").asString().equals(region.toString()) && cell.get("kind").asString().equals(kind)) {
                return (cell.get("reports").isNull() ? "null" : cell.get("reports").asString()) + " "
                        + cell.get("fewerThan5").asBoolean();
            }
        }
        return "no cell";
    }

    /** The NDJSON export's line of the lesson for that reader, or null. */
    private JsonNode exportLine(String token, UUID lesson) {
        String body = api.get("/api/history/events", token, Map.of("Accept", "application/x-ndjson")).getBody();
        return body.lines().filter(l -> l.contains(lesson.toString())).findFirst().map(Api::json).orElse(null);
    }

    private ProducerRecord<String, byte[]> sealed(UUID aggregate, DomainEvent event) {
        return org.timeline.sealed(aggregate, event, infra.keys);
    }

    private void send(List<ProducerRecord<String, byte[]>> events) {
        new ReadModelDatabase(jdbc).awaitConsumed(infra.topic.sendAll(events));
    }
}
