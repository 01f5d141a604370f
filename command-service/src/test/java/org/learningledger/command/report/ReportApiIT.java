package org.learningledger.command.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.learningledger.command.keys.DataKeys;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.RawTopic;
import org.learningledger.command.support.StoreDump;
import org.learningledger.command.support.TestTokens;
import org.learningledger.events.Topics;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.report.Receipts;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportSubmitted;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Confidential reports over HTTP, against real PostgreSQL and Kafka: the reporter appears nowhere, the
 * receipt answers once and opens the report to its holder, reviewers of the region (and no one else)
 * answer and write lessons, a second reviewer publishes them. The wrong-code limit is per address, so
 * its test runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportApiIT extends CommandServiceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    DataSource dataSource;

    @Autowired
    DataKeys keys;

    @Autowired
    EventStore events;

    @Test
    @Order(1)
    void givenCanaryReporter_whenReportFollowedThrough_thenTheReporterIsNowhereAndEveryStepAnswersAsAgreed() {
        String canary = "canary-" + UUID.randomUUID();
        UUID team = teamWithMembers(canary);
        UUID region = regionOf(team);
        String iva = "iva-" + UUID.randomUUID();
        String ota = "ota-" + UUID.randomUUID();
        assertThat(post(ADMIN, "/api/regions/" + region + "/reviewers", "{\"userId\":\"%s\"}".formatted(iva)).status()).isEqualTo(201);
        assertThat(post(ADMIN, "/api/regions/" + region + "/reviewers", "{\"userId\":\"%s\"}".formatted(ota)).status()).isEqualTo(201);
        Map<String, String> before = StoreDump.tables(dataSource);

        UUID report = UUID.randomUUID();
        String body = """
                {"reportId":"%s","regionId":"%s","kind":"NEAR_MISS","whatHappened":"Spis ležel na stole.",
                 "whatHelped":"Kolegyně si všimla.","whatCouldChange":"Zamykat skříň."}""".formatted(report, region);
        Response submitted = post(TestTokens.token(canary), "/api/reports", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String receipt = submitted.json().get("receipt").asString();
        assertThat(receipt).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}");
        Response retried = post(TestTokens.token(canary), "/api/reports", body);
        assertThat(retried.status()).isEqualTo(409);
        assertThat(retried.json().get("rule").asString()).isEqualTo("already-submitted");
        assertThat(retried.body()).doesNotContain(receipt.substring(0, 9));

        Response added = post(null, "/api/reports/receipts/" + receipt.toLowerCase().replace('1', 'l') + "/additions",
                "{\"additionId\":\"%s\",\"text\":\"Stalo se to podruhé.\"}".formatted(UUID.randomUUID()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        Response wrong = post(null, "/api/reports/receipts/" + Receipts.shown(Receipts.newCode()) + "/additions",
                "{\"additionId\":\"%s\",\"text\":\"x\"}".formatted(UUID.randomUUID()));
        Response stranger = post(TestTokens.token(canary), "/api/reports/" + report + "/replies",
                "{\"replyId\":\"%s\",\"text\":\"x\"}".formatted(UUID.randomUUID()));
        Response unknown = post(TestTokens.token(iva), "/api/reports/" + UUID.randomUUID() + "/replies",
                "{\"replyId\":\"%s\",\"text\":\"x\"}".formatted(UUID.randomUUID()));
        assertThat(List.of(wrong.status(), stranger.status(), unknown.status())).containsOnly(404);
        assertThat(wrong.body()).isEqualTo(unknown.body()).isEqualTo(stranger.body());

        assertThat(post(TestTokens.token(iva), "/api/reports/" + report + "/replies",
                "{\"replyId\":\"%s\",\"text\":\"Děkujeme, řešíme.\"}".formatted(UUID.randomUUID())).status()).isEqualTo(201);
        assertThat(post(TestTokens.token(ota), "/api/reports/" + report + "/triage",
                "{\"state\":\"UNDER_REVIEW\",\"reason\":\"Prověřujeme.\"}").status()).isEqualTo(200);

        Map<String, String> after = StoreDump.tables(dataSource);
        assertThat(occurrences(after, canary)).as("the canary only where it was before the report")
                .isEqualTo(occurrences(before, canary));
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?"
                        + " and (position(convert_to(?, 'UTF8') in payload) > 0 or position(convert_to(?, 'UTF8') in meta_data) > 0)")
                .params(report.toString(), canary, canary).query(Long.class).single()).isZero();
        assertThat(StoreDump.tablesHolding(after, Receipts.normalise(receipt).orElseThrow())).isEmpty();
        assertThat(StoreDump.tablesHolding(after, receipt)).isEmpty();
        List<byte[]> records = RawTopic.records(Topics.EVENTS, report.toString(), 4);
        assertThat(records).hasSizeGreaterThanOrEqualTo(4).allSatisfy(r -> assertThat(new String(r, StandardCharsets.UTF_8))
                .doesNotContain(canary).doesNotContain(HexFormat.of().formatHex(canary.getBytes(StandardCharsets.UTF_8))));

        UUID lesson = lessons(report, iva, ota);
        erasures(new Followed(report, receipt, lesson, team, iva), canary);
    }

    private UUID lessons(UUID report, String iva, String ota) {
        UUID lesson = UUID.randomUUID();
        String draft = """
                {"lessonId":"%s","title":"Předávání spisů","summary":"%s","practice":"Předávat osobně.","tier":"REGION"}""";
        Response dated = post(TestTokens.token(iva), "/api/reports/" + report + "/lessons",
                draft.formatted(lesson, "Stalo se 12. 3. 2026."));
        assertThat(dated.status()).as(dated.body()).isEqualTo(422);
        assertThat(dated.json().get("findings").get(0).get("field").asString()).isEqualTo("summary");
        assertThat(dated.json().get("findings").get(0).get("rule").asString()).isEqualTo("exact-date");
        Response numbered = post(TestTokens.token(iva), "/api/reports/" + report + "/lessons",
                draft.formatted(lesson, "Viz sp. zn. 12 P 45/2025."));
        assertThat(numbered.status()).isEqualTo(422);
        assertThat(numbered.body()).contains("case-number");
        assertThat(post(TestTokens.token("nobody-" + UUID.randomUUID()), "/api/reports/" + report + "/lessons",
                draft.formatted(lesson, "Spisy se ztrácely.")).status()).isEqualTo(404);

        assertThat(post(TestTokens.token(iva), "/api/reports/" + report + "/lessons",
                draft.formatted(lesson, "Spisy se ztrácely.")).status()).isEqualTo(201);
        Response own = post(TestTokens.token(iva), "/api/lessons/" + lesson + "/approvals", null);
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.json().get("rule").asString()).isEqualTo("second-reviewer-needed");
        assertThat(post(TestTokens.token(ota), "/api/lessons/" + lesson + "/approvals", null).status()).isEqualTo(200);
        long stored = storedEvents();
        assertThat(post(TestTokens.token(ota), "/api/lessons/" + lesson + "/approvals", null).status()).isEqualTo(200);
        assertThat(storedEvents()).as("approving twice is harmless").isEqualTo(stored);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type = 'LessonApproved'")
                .param(lesson.toString()).query(Long.class).single()).isEqualTo(1);
        return lesson;
    }

    /** The report followed through above: its receipt, the REGION lesson approved from it, the region's team. */
    record Followed(UUID report, String receipt, UUID lesson, UUID team, String reviewer) {
    }

    /**
     * A team of the region builds on the approved lesson; bad erasures change nothing; the reviewer erases the
     * report, an administrator the lesson on a request: their keys are gone, so the stored events open with
     * the texts null, and neither takes new text (409) nor serves as basedOn.
     */
    private void erasures(Followed f, String member) {
        String based = """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m","basedOn":"%s"}""";
        assertThat(post(TestTokens.token(member), "/api/teams/" + f.team() + "/experiments",
                based.formatted(UUID.randomUUID(), f.lesson())).status()).isEqualTo(201);
        String elsewhere = "jan-" + UUID.randomUUID();
        Response far = post(TestTokens.token(elsewhere), "/api/teams/" + teamWithMembers(elsewhere) + "/experiments",
                based.formatted(UUID.randomUUID(), f.lesson()));
        assertThat(far.status()).as(far.body()).isEqualTo(400);
        assertThat(far.json().get("errors").get(0).get("rule").asString()).isEqualTo("visible-learning");
        assertThat(far.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must name a learning, lesson or published case-review finding this team can see");

        String reviewer = TestTokens.token(f.reviewer());
        long before = storedEvents();
        Response asAdministrator = post(reviewer, "/api/reports/" + f.report() + "/erasure",
                "{\"reason\":\"DATA_SUBJECT_REQUEST\",\"reference\":\"DSR-1\"}");
        assertThat(asAdministrator.status()).isEqualTo(400);
        assertThat(asAdministrator.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(post(reviewer, "/api/reports/" + f.report() + "/erasure", "{\"reason\":0}").status()).isEqualTo(400);
        Response stranger = post(TestTokens.token(member), "/api/reports/" + f.report() + "/erasure",
                "{\"reason\":\"ENTERED_IN_ERROR\"}");
        Response missing = post(reviewer, "/api/lessons/" + UUID.randomUUID() + "/erasure",
                "{\"reason\":\"ENTERED_IN_ERROR\"}");
        assertThat(List.of(stranger.status(), missing.status())).containsOnly(404);
        assertThat(stranger.body()).isEqualTo(missing.body());
        assertThat(storedEvents()).as("refused erasures append nothing").isEqualTo(before);

        Response erased = post(reviewer, "/api/reports/" + f.report() + "/erasure", "{\"reason\":\"IDENTIFYING_DETAILS\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("item").asString()).isEqualTo("report/" + f.report());
        assertThat(post(ADMIN, "/api/lessons/" + f.lesson() + "/erasure",
                "{\"reason\":\"DATA_SUBJECT_REQUEST\",\"reference\":\"DSR-2026/15\"}").status()).isEqualTo(200);

        assertThat(keys.forOpening(ContentItem.report(f.report()))).as("the report's key is deleted").isEmpty();
        assertThat(keys.forOpening(ContentItem.lesson(f.lesson()))).as("the lesson's key is deleted").isEmpty();
        List<Object> history = events.readEvents(f.report().toString()).asStream().map(m -> (Object) m.getPayload()).toList();
        assertThat(history).filteredOn(ReportSubmitted.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((ReportSubmitted) e).whatHappened()).isNull());
        assertThat(history).filteredOn(ReportAdded.class::isInstance).allSatisfy(e -> assertThat(((ReportAdded) e).text()).isNull());
        assertThat(history).filteredOn(ReportErased.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((ReportErased) e).erasure().role()).isEqualTo(Erasure.ErasedBy.REVIEWER));
        assertThat(events.readEvents(f.lesson().toString()).asStream().map(m -> m.getPayload())
                .filter(LessonApproved.class::isInstance).map(LessonApproved.class::cast).findFirst().orElseThrow().title())
                .isNull();

        before = storedEvents();
        assertRule(post(reviewer, "/api/reports/" + f.report() + "/replies",
                "{\"replyId\":\"%s\",\"text\":\"Ještě.\"}".formatted(UUID.randomUUID())), "report-erased");
        assertRule(post(null, "/api/reports/receipts/" + f.receipt() + "/additions",
                "{\"additionId\":\"%s\",\"text\":\"Ještě.\"}".formatted(UUID.randomUUID())), "report-erased");
        assertRule(post(reviewer, "/api/reports/" + f.report() + "/lessons", """
                {"lessonId":"%s","title":"T","summary":"S","practice":"P","tier":"REGION"}""".formatted(UUID.randomUUID())),
                "report-erased");
        assertThat(post(TestTokens.token(member), "/api/teams/" + f.team() + "/experiments",
                based.formatted(UUID.randomUUID(), f.lesson())).status()).isEqualTo(400);
        assertThat(storedEvents()).as("an erased report or lesson takes nothing new").isEqualTo(before);
    }

    private static void assertRule(Response response, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo(rule);
    }

    @Test
    @Order(2)
    void givenPersonTheLedgerDoesNotKnow_whenReporting_then403AndNothingStored() {
        UUID region = regionOf(teamWithMembers());
        long before = storedEvents();
        Response refused = post(TestTokens.token("stranger-" + UUID.randomUUID()), "/api/reports", """
                {"reportId":"%s","regionId":"%s","kind":"CONCERN","whatHappened":"x"}""".formatted(UUID.randomUUID(), region));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void givenFiveReportsInAnHour_whenSixth_then429WithRetryAfter() throws Exception {
        String jana = "jana-" + UUID.randomUUID();
        UUID region = regionOf(teamWithMembers(jana));
        String report = """
                {"reportId":"%s","regionId":"%s","kind":"GOOD_PRACTICE","whatHappened":"Porada pomohla."}""";
        for (int i = 0; i < 5; i++) {
            assertThat(post(TestTokens.token(jana), "/api/reports", report.formatted(UUID.randomUUID(), region)).status())
                    .isEqualTo(201);
        }
        HttpResponse<String> sixth = raw(TestTokens.token(jana), "/api/reports", report.formatted(UUID.randomUUID(), region));
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void givenTenWrongCodesFromOneAddress_whenAnother_then429WithRetryAfter() throws Exception {
        String addition = "{\"additionId\":\"%s\",\"text\":\"x\"}".formatted(UUID.randomUUID());
        HttpResponse<String> answer = null;
        for (int i = 0; i <= 10; i++) {
            answer = raw(null, "/api/reports/receipts/" + Receipts.newCode() + "/additions", addition);
            if (answer.statusCode() != 404) {
                break;
            }
        }
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 600L);
        assertThat(raw(null, "/api/reports/receipts/not-a-code/additions", addition).statusCode()).isEqualTo(429);
    }

    private UUID regionOf(UUID team) {
        return jdbc.sql("select region_id from directory_team where team_id = ?").param(team).query(UUID.class).single();
    }

    private static Map<String, Long> occurrences(Map<String, String> dump, String text) {
        String hex = HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
        return dump.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> count(e.getValue(), text) + count(e.getValue(), hex)));
    }

    private static long count(String haystack, String needle) {
        return (haystack.length() - haystack.replace(needle, "").length()) / needle.length();
    }

    private HttpResponse<String> raw(String token, String path, String json) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
