package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.query.Api.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRole;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.MeasureEvidence;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Measures through the real intake: the team reads each measure's run chart (baseline median frozen at
 * the start, the shift after it judged in the better direction, words in the reader's language),
 * corrections replace a point's value, nobody outside the team sees any of it, the CSV export reads
 * back with a CSV parser, an erasure blanks the texts and keeps the values, and a published
 * learning's evidence carries the chart of the data it froze.
 */
@QueryServiceTest
class MeasuresIT {

    // The experiment starts on T0's day (1 March 2026): points dated before it are its baseline.
    private static final LocalDate START = Envelopes.T0_DAY;
    private static final int[] BASELINE = {9, 11, 12, 10, 8, 11, 12, 9, 10, 11}; // median 10.5
    private static final int[] AFTER = {7, 6, 8, 6, 5, 7, 6};

    @Autowired
    Infrastructure infra;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private final TwoRegions org = new TwoRegions();
    private final UUID experiment = UUID.randomUUID();
    private final UUID measure = UUID.randomUUID();
    private final List<UUID> points = new ArrayList<>();

    @Test
    void givenABaselineAndSevenLowerPoints_whenTheTeamReadsTheChart_thenAShiftInTheBetterDirectionAndNoOneElseSeesIt() {
        Api api = new Api(port);
        send(recordedExperiment("Days to first visit"));
        String alice = TestTokens.token(org.alice);

        JsonNode view = json(api.get("/api/experiments/" + experiment + "/measures", alice));
        assertThat(view.get("startedOn").asString()).isEqualTo(START.toString());
        assertThat(json(api.get("/api/experiments/" + experiment, alice)).get("startedOn").asString())
                .isEqualTo(START.toString());
        JsonNode m = view.get("measures").get(0);
        assertThat(m.get("name").asString()).isEqualTo("Days to first visit");
        JsonNode chart = m.get("chart");
        assertThat(chart.get("points")).hasSize(17);
        assertThat(chart.get("points").get(0).get("baseline").asBoolean()).isTrue();
        assertThat(chart.get("points").get(10).get("baseline").asBoolean()).isFalse();
        JsonNode phase = chart.get("phases").get(0);
        assertThat(phase.get("median").decimalValue()).isEqualByComparingTo("10.5");
        assertThat(phase.get("frozen").asBoolean()).isTrue();
        JsonNode shift = signal(chart, "SHIFT");
        assertThat(shift.get("direction").asString()).isEqualTo("BELOW");
        assertThat(shift.get("better").asBoolean()).isTrue();
        assertThat(shift.get("points")).hasSize(7);
        assertThat(shift.get("words").asString()).contains("below the median").contains("better");
        assertThat(view.get("annotations").findValuesAsString("kind")).contains("PROPOSED", "STARTED", "NOTE");

        JsonNode czech = json(api.get("/api/experiments/" + experiment + "/measures", alice,
                Map.of("Accept-Language", "cs-CZ,cs;q=0.9")));
        assertThat(signal(czech.get("measures").get(0).get("chart"), "SHIFT").get("words").asString())
                .contains("medián");

        for (String stranger : List.of(org.bob, org.ann, org.sven)) {
            assertThat(api.get("/api/experiments/" + experiment + "/measures", TestTokens.token(stranger))
                    .getStatusCode().value()).as("%s", stranger).isEqualTo(404);
        }
        assertThat(api.get("/api/teams/" + org.teamA + "/measures.csv", TestTokens.token(org.bob))
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void givenACorrection_whenReadAndExported_thenTheNewValueCountsAndTheCsvReadsBack() throws Exception {
        Api api = new Api(port);
        List<ProducerRecord<String, byte[]>> events = recordedExperiment("=HYPERLINK(\"x\")");
        events.add(org.event(experiment, new MeasurePointCorrected(experiment, org.teamA, measure, points.get(12),
                new BigDecimal("-2.5"), afterStart(2), null, "typed the wrong sign")));
        send(events);
        String alice = TestTokens.token(org.alice);

        JsonNode corrected = json(api.get("/api/experiments/" + experiment + "/measures", alice))
                .get("measures").get(0).get("chart").get("points").get(12);
        assertThat(corrected.get("value").decimalValue()).isEqualByComparingTo("-2.5");
        assertThat(corrected.get("corrected").asBoolean()).isTrue();

        String csv = api.get("/api/teams/" + org.teamA + "/measures.csv", alice).getBody();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().get())) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(17);
        assertThat(rows.get(0).get("measure")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(rows.get(0).get("baseline")).isEqualTo("true");
        assertThat(rows.get(12).get("value")).isEqualTo("-2.5");
        assertThat(rows.get(12).get("corrected")).isEqualTo("true");
        assertThat(rows.get(0).get("median")).isEqualTo("10.5");
    }

    @Test
    void givenCzechLocale_whenTheTeamExportsItsMeasures_thenSemicolonsDecimalCommaBomNamesAndLabels() throws Exception {
        Api api = new Api(port);
        List<ProducerRecord<String, byte[]>> events = recordedExperiment("=Dny do první návštěvy");
        events.add(org.event(experiment, new MeasurePointCorrected(experiment, org.teamA, measure, points.get(12),
                new BigDecimal("-2.5"), afterStart(2), null, "typed the wrong sign")));
        send(events);

        String csv = api.get("/api/teams/" + org.teamA + "/measures.csv", TestTokens.token(org.alice),
                Map.of("Accept-Language", "cs")).getBody();
        assertThat(csv).startsWith("\uFEFFexperiment_id;measure_id;measure;unit;better;role;phase;point_id;observed_on;"
                + "value;baseline;median;corrected;note;team_id;team_name;region_id;region_name;better_label;role_label\r\n");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(csv.substring(1),
                CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(17);
        assertThat(rows.get(0).get("measure")).isEqualTo("'=Dny do první návštěvy");
        assertThat(rows.get(0).get("median")).isEqualTo("10,5");
        assertThat(rows.get(12).get("value")).isEqualTo("-2,5");
        assertThat(rows.get(0).get("better")).isEqualTo("DOWN");
        assertThat(rows.get(0).get("better_label")).isEqualTo("lepší je méně");
        assertThat(rows.get(0).get("role_label")).isEqualTo("výsledkový ukazatel");
        assertThat(rows.get(0).get("team_id")).isEqualTo(org.teamA.toString());
        assertThat(rows.get(0).get("team_name")).isEqualTo("A " + org.suffix);
        assertThat(rows.get(0).get("region_name")).isEqualTo("North " + org.suffix);

        String english = api.get("/api/teams/" + org.teamA + "/measures.csv?locale=en", TestTokens.token(org.alice),
                Map.of("Accept-Language", "cs")).getBody();
        assertThat(english).startsWith("\uFEFFexperiment_id,measure_id,").contains(",10.5,", ",less is better,")
                .doesNotContain(";");
    }

    @Test
    void givenAnErasedExperiment_whenRead_thenNamesAndNotesAreGoneAndTheValuesStay() {
        Api api = new Api(port);
        List<ProducerRecord<String, byte[]>> events = recordedExperiment("Days to first visit");
        events.add(org.event(experiment, new ExperimentErased(experiment, org.teamA, List.of(),
                new Erasure("alice", Erasure.ErasedBy.TEAM, ErasureReason.IDENTIFYING_DETAILS, null))));
        send(events);

        JsonNode m = json(api.get("/api/experiments/" + experiment + "/measures", TestTokens.token(org.alice)))
                .get("measures").get(0);
        assertThat(m.get("name").isNull()).isTrue();
        assertThat(m.get("erasedBy").asString()).isEqualTo("TEAM");
        assertThat(m.get("chart").get("points").get(0).get("note").isNull()).isTrue();
        assertThat(m.get("chart").get("points").get(0).get("value").decimalValue()).isEqualByComparingTo("9");
        assertThat(jdbc.sql("SELECT count(*) FROM measure_point WHERE experiment_id = :e AND note IS NOT NULL")
                .param("e", experiment).query(Long.class).single()).isZero();
    }

    @Test
    void givenAPublishedLearningCitingTheExperiment_whenTheRegionReadsIt_thenItsEvidenceCarriesTheFrozenChart() {
        Api api = new Api(port);
        UUID learning = UUID.randomUUID();
        List<MeasureEvidence.Point> frozen = new ArrayList<>();
        for (int i = 0; i < BASELINE.length; i++) {
            frozen.add(new MeasureEvidence.Point(UUID.randomUUID(), START.minusDays(20 - i), BigDecimal.valueOf(BASELINE[i])));
        }
        for (int i = 0; i < AFTER.length; i++) {
            frozen.add(new MeasureEvidence.Point(UUID.randomUUID(), afterStart(i), BigDecimal.valueOf(AFTER[i])));
        }
        MeasureEvidence evidence = new MeasureEvidence(measure, "Days to first visit", "days", Better.DOWN,
                MeasureRole.OUTCOME, START, List.of(), frozen);
        Snapshot snapshot = new Snapshot("Visit within a week", "summary", "practice", "context",
                List.of(new Evidence(experiment, "Does a duty rota help?", "ADOPT", "It did", List.of(evidence))),
                null, null);
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.add(org.event(learning, LearningEvents.drafted(learning, org.teamA, "Visit within a week")));
        events.add(org.event(learning, new LearningPublished(learning, org.teamA, org.north, 1, Tier.REGION, snapshot)));
        send(events);

        JsonNode detail = json(api.get("/api/learnings/" + learning, TestTokens.token(org.bob)));
        JsonNode chart = detail.get("charts").get(0);
        assertThat(chart.get("name").asString()).isEqualTo("Days to first visit");
        assertThat(chart.get("startedOn").asString()).isEqualTo(START.toString());
        assertThat(signal(chart.get("chart"), "SHIFT").get("better").asBoolean()).isTrue();
        assertThat(chart.get("chart").get("points").get(0).get("note").isNull()).isTrue();
    }

    /** A proposed experiment with ten baseline points, then started, with seven points after and a note. */
    private List<ProducerRecord<String, byte[]>> recordedExperiment(String name) {
        List<ProducerRecord<String, byte[]>> events = new ArrayList<>(org.organisation());
        events.add(org.event(experiment, new ExperimentProposed(experiment, org.teamA, "Does a duty rota help?",
                "fewer days", "a duty rota", "days to first visit", null)));
        events.add(org.event(experiment, new MeasureDefined(experiment, org.teamA, measure, name, "days", Better.DOWN,
                MeasureRole.OUTCOME)));
        for (int i = 0; i < BASELINE.length; i++) {
            events.add(point(START.minusDays(20 - i), BASELINE[i], "baseline " + i));
        }
        events.add(org.event(experiment, new ExperimentStarted(experiment, org.teamA, START)));
        for (int i = 0; i < AFTER.length; i++) {
            events.add(point(afterStart(i), AFTER[i], null));
        }
        events.add(org.event(experiment, new ObservationRecorded(experiment, org.teamA, UUID.randomUUID(),
                ObservationKind.NOTE, "second worker on duty", null, START)));
        return events;
    }

    private ProducerRecord<String, byte[]> point(LocalDate day, int value, String note) {
        UUID id = UUID.randomUUID();
        points.add(id);
        return org.event(experiment, new MeasurePointRecorded(experiment, org.teamA, measure, id,
                BigDecimal.valueOf(value), day, note));
    }

    private static LocalDate afterStart(int i) {
        return START.plusDays(1 + i);
    }

    private void send(List<ProducerRecord<String, byte[]>> events) {
        new ReadModelDatabase(jdbc).awaitConsumed(infra.topic.sendAll(events));
    }

    private static JsonNode signal(JsonNode chart, String rule) {
        for (JsonNode s : chart.get("signals")) {
            if (s.get("rule").asString().equals(rule)) {
                return s;
            }
        }
        throw new AssertionError("no " + rule + " signal in " + chart.get("signals"));
    }
}
