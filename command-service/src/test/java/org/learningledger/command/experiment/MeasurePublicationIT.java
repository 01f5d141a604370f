package org.learningledger.command.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.RawTopic;
import org.learningledger.command.support.StoreDump;
import org.learningledger.command.support.TestTokens;
import org.learningledger.events.LedgerCalendar;
import org.learningledger.events.Topics;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.MeasureRole;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.MeasureEvidence;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A publication citing an experiment carries its measures as they stood (current values, record order,
 * start and phase days; no notes or reasons), sealed in every table; the public topic's record keeps
 * the v1 shape without them; a measure name that identifies someone refuses the publication.
 */
class MeasurePublicationIT extends CommandServiceIT {

    private static final String JANA = TestTokens.token("jana");

    @Autowired
    EventStore events;

    @Autowired
    DataSource dataSource;

    private UUID team;
    private UUID experiment;

    @BeforeEach
    void startedExperiment() {
        team = teamWithMembers("jana");
        experiment = UUID.randomUUID();
        ok(post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"Do separate first meetings help?","prediction":"p","plan":"p",
                "measures":"m"}""".formatted(experiment)));
    }

    @Test
    void givenALearningCitingTheExperiment_whenPublishedNationally_thenTheStoredPublicationCarriesItsMeasures() {
        String name = marker("MEASURE-");
        String note = marker("NOTE-");
        UUID measure = UUID.randomUUID();
        ok(post(JANA, "/api/experiments/" + experiment + "/measures", """
                {"measureId":"%s","name":"%s","unit":"meetings","better":"DOWN","role":"BALANCING"}"""
                .formatted(measure, name)));
        String points = "/api/experiments/" + experiment + "/measures/" + measure + "/points";
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        ok(post(JANA, points, "{\"pointId\":\"%s\",\"value\":4,\"observedOn\":\"2024-02-01\",\"note\":\"%s\"}"
                .formatted(second, note)));
        ok(post(JANA, points, "{\"pointId\":\"%s\",\"value\":5,\"observedOn\":\"2024-01-01\"}".formatted(first)));
        ok(post(JANA, "/api/experiments/" + experiment + "/start", null));
        ok(post(JANA, points + "/" + first + "/corrections", """
                {"value":2.50,"observedOn":"2024-01-02","reason":"%s"}""".formatted(note)));
        LocalDate today = LocalDate.now(LedgerCalendar.ZONE);
        ok(post(JANA, "/api/experiments/" + experiment + "/measures/" + measure + "/phases", """
                {"from":"%s","reason":"%s"}""".formatted(today, note)));

        UUID learning = publishNationally();

        MeasureEvidence published = publication(learning).snapshot().evidence().get(0).measures().get(0);
        assertThat(published.measureId()).isEqualTo(measure);
        assertThat(published.name()).isEqualTo(name);
        assertThat(published.unit()).isEqualTo("meetings");
        assertThat(published.better()).isEqualTo(Better.DOWN);
        assertThat(published.role()).isEqualTo(MeasureRole.BALANCING);
        assertThat(published.startedOn()).isEqualTo(today);
        assertThat(published.phasesFrom()).containsExactly(today);
        // the stored JSON keeps the value, not its trailing zeros: 2.50 reads back as 2.5
        assertThat(published.points()).usingElementComparator(MeasurePublicationIT::samePoint).containsExactly(
                new MeasureEvidence.Point(second, LocalDate.of(2024, 2, 1), new BigDecimal("4")),
                new MeasureEvidence.Point(first, LocalDate.of(2024, 1, 2), new BigDecimal("2.50")));
        assertThat(StoreDump.tablesHolding(StoreDump.tables(dataSource), name)).as("the name in clear").isEmpty();
        assertThat(StoreDump.tablesHolding(StoreDump.tables(dataSource), note)).as("the note in clear").isEmpty();

        List<byte[]> records = RawTopic.records(Topics.PUBLISHED, learning.toString(), 1);
        assertThat(records).isNotEmpty();
        String record = new String(records.get(records.size() - 1), StandardCharsets.UTF_8);
        assertThat(record).contains("Do separate first meetings help?").doesNotContain("measures")
                .doesNotContain(name).doesNotContain(note);
    }

    @Test
    void givenAMeasureNamedAfterAChild_whenTheLearningIsPublished_then422NamingTheMeasuresNameAndNothingStored() {
        Response defined = post(JANA, "/api/experiments/" + experiment + "/measures", """
                {"measureId":"%s","name":"Návštěvy u Aničky Veselé","unit":"visits","better":"UP","role":"PROCESS"}"""
                .formatted(UUID.randomUUID()));
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        assertThat(defined.json().get("warnings").valueStream().map(w -> w.get("field").asString())).contains("name");
        UUID learning = draft();
        long before = storedEvents();
        Response refused = post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode findings = refused.json().get("findings");
        assertThat(findings.valueStream().map(f -> f.get("field").asString()))
                .isNotEmpty().allMatch("evidence[0].measures[0].name"::equals);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenAnErasedExperiment_whenItsMeasuresAreRead_thenTheDirectoryCopiesAreBlank() {
        ok(post(JANA, "/api/experiments/" + experiment + "/measures", """
                {"measureId":"%s","name":"Calls returned","unit":"calls","better":"UP","role":"PROCESS"}"""
                .formatted(UUID.randomUUID())));
        assertThat(jdbc.sql("select name from directory_measure where experiment_id = ?").params(experiment)
                .query(String.class).single()).startsWith("{\"sealed\"");
        ok(post(JANA, "/api/experiments/" + experiment + "/erasures",
                "{\"item\":\"EXPERIMENT\",\"reason\":\"IDENTIFYING_DETAILS\"}"));
        assertThat(jdbc.sql("select name || unit from directory_measure where experiment_id = ?").params(experiment)
                .query(String.class).single()).isEmpty();
    }

    /** V5's backfill, run again on an experiment whose start day the directory lacks, as one started before it. */
    @Test
    void givenAnExperimentStartedBeforeTheMeasuresRelease_whenV5Backfills_thenItsStartDayIsTheStoredStartsDay()
            throws java.io.IOException {
        ok(post(JANA, "/api/experiments/" + experiment + "/start", null));
        jdbc.sql("update directory_experiment set started_on = null where experiment_id = ?").params(experiment).update();
        String migration = new String(getClass().getResourceAsStream("/db/migration/V5__directory_measure.sql")
                .readAllBytes(), StandardCharsets.UTF_8);
        int start = migration.indexOf("UPDATE directory_experiment");
        jdbc.sql(migration.substring(start, migration.indexOf(';', start))).update();
        assertThat(jdbc.sql("select started_on from directory_experiment where experiment_id = ?").params(experiment)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now(LedgerCalendar.ZONE));
    }

    private UUID publishNationally() {
        UUID learning = draft();
        ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"NATION\"}"));
        return learning;
    }

    private UUID draft() {
        UUID learning = UUID.randomUUID();
        ok(post(JANA, "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"Listen first","summary":"Calmer meetings","practice":"Separate first meetings",
                "evidence":["%s"]}""".formatted(learning, experiment)));
        return learning;
    }

    private LearningPublished publication(UUID learning) {
        return events.readEvents(learning.toString()).asStream().map(DomainEventMessage::getPayload)
                .filter(LearningPublished.class::isInstance).map(LearningPublished.class::cast).findFirst()
                .orElseThrow();
    }

    private static int samePoint(MeasureEvidence.Point a, MeasureEvidence.Point b) {
        return a.pointId().equals(b.pointId()) && a.observedOn().equals(b.observedOn())
                && a.value().compareTo(b.value()) == 0 ? 0 : 1;
    }

    /** A unique text without digits (a run of digits could look like a phone number to the guard). */
    private static String marker(String prefix) {
        StringBuilder text = new StringBuilder(prefix);
        UUID.randomUUID().toString().chars().forEach(c -> text.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        return text.toString();
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
    }
}
