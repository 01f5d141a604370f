package org.learningledger.command.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.TestTokens;
import org.learningledger.events.LedgerCalendar;
import tools.jackson.databind.JsonNode;

/**
 * The measure API over HTTP: the answers the contract names, retries that change nothing, and bad input
 * refused with a problem naming the field and rule, appending no event.
 */
class MeasureApiIT extends CommandServiceIT {

    private static final String JANA = TestTokens.token("jana");
    private static final String DEFINE = """
            {"measureId":"%s","name":"Meetings ending early","unit":"meetings","better":"DOWN","role":"OUTCOME"}""";

    private UUID team;
    private UUID experiment;
    private UUID measure;

    @BeforeEach
    void experimentWithAMeasure() {
        team = teamWithMembers("jana");
        experiment = UUID.randomUUID();
        ok(post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m"}""".formatted(experiment)));
        measure = UUID.randomUUID();
        ok(post(JANA, measures(), DEFINE.formatted(measure)));
    }

    @Test
    void givenAnExperiment_whenMeasureDefinedPointsRecordedCorrectedAndRephased_thenTheContractsAnswers() {
        Response retried = post(JANA, measures(), DEFINE.formatted(measure));
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.json().get("measureId").asString()).isEqualTo(measure.toString());
        assertThat(retried.json().get("warnings")).isEmpty();
        assertRule(post(JANA, measures(), DEFINE.replace("DOWN", "UP").formatted(measure)), 409, "id-already-used");

        UUID before = UUID.randomUUID();
        Response baseline = post(JANA, points(), point(before, "2.5", "\"2020-01-01\""));
        assertThat(baseline.status()).as(baseline.body()).isEqualTo(201);
        assertThat(baseline.json().get("baseline").asBoolean()).isTrue();
        assertThat(baseline.json().get("pointId").asString()).isEqualTo(before.toString());
        ok(post(JANA, "/api/experiments/" + experiment + "/start", null));
        Response today = post(JANA, points(), point(UUID.randomUUID(), "3", null));
        assertThat(today.status()).as(today.body()).isEqualTo(201);
        assertThat(today.json().get("baseline").asBoolean()).isFalse();
        long stored = storedEvents();
        assertThat(post(JANA, points(), point(before, "2.50", "\"2020-01-01\"")).status()).isEqualTo(201);
        assertThat(storedEvents()).as("a retried point").isEqualTo(stored);

        String correction = """
                {"value":3.25,"observedOn":"2020-01-02","reason":"misread the register"}""";
        Response corrected = post(JANA, points() + "/" + before + "/corrections", correction);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("baseline").asBoolean()).isTrue();
        assertThat(post(JANA, points() + "/" + before + "/corrections", correction).status()).isEqualTo(200);
        assertThat(storedEvents()).as("one correction, retried").isEqualTo(stored + 1);

        String phase = "{\"from\":\"%s\",\"reason\":\"a second worker joined\"}".formatted(todayInPrague());
        Response rephased = post(JANA, measures() + "/" + measure + "/phases", phase);
        assertThat(rephased.status()).as(rephased.body()).isEqualTo(201);
        assertThat(post(JANA, measures() + "/" + measure + "/phases", phase).status()).isEqualTo(201);
        assertRule(post(JANA, measures() + "/" + measure + "/phases", """
                {"from":"2020-01-02","reason":"earlier"}"""), 409, "phase-order");
        assertThat(storedEvents()).isEqualTo(stored + 2);
    }

    @Test
    void givenUnknownItemsOrAnotherTeam_whenSent_then404NamingTheFieldOrTheBareNotFound() {
        assertProblem(post(JANA, measures() + "/" + UUID.randomUUID() + "/points", point(UUID.randomUUID(), "1", null)),
                404, "measureId", "defined-measure");
        assertProblem(post(JANA, points() + "/" + UUID.randomUUID() + "/corrections", """
                {"value":1,"observedOn":"2024-05-01","reason":"r"}"""), 404, "pointId", "recorded-point");
        teamWithMembers("petr");
        Response stranger = post(TestTokens.token("petr"), measures(), DEFINE.formatted(UUID.randomUUID()));
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.json().get("detail").asString()).isEqualTo("No such resource.");
    }

    @Test
    void givenBadInput_whenSent_then400NamingFieldAndRuleAndNothingStored() {
        long before = storedEvents();
        assertProblem(post(JANA, measures(), """
                {"measureId":"%s","unit":"u","better":"DOWN","role":"OUTCOME"}""".formatted(UUID.randomUUID())),
                400, "name", "NotBlank");
        assertProblem(post(JANA, measures(), DEFINE.replace("Meetings ending early", "x".repeat(201))
                .formatted(UUID.randomUUID())), 400, "name", "Size");
        assertProblem(post(JANA, measures(), DEFINE.replace("meetings", "u".repeat(41)).formatted(UUID.randomUUID())),
                400, "unit", "Size");
        assertProblem(post(JANA, measures(), DEFINE.replace("\"DOWN\"", "\"SIDEWAYS\"").formatted(UUID.randomUUID())),
                400, "better", "one-of");
        assertProblem(post(JANA, measures(), DEFINE.replace("\"OUTCOME\"", "0").formatted(UUID.randomUUID())),
                400, "role", "type");
        assertProblem(post(JANA, points(), point(UUID.randomUUID(), "\"NaN\"", null)), 400, "value", "type");
        assertProblem(post(JANA, points(), point(UUID.randomUUID(), "1e13", null)), 400, "value", "Digits");
        assertProblem(post(JANA, points(), point(UUID.randomUUID(), "0.1234567", null)), 400, "value", "Digits");
        assertProblem(post(JANA, points(), "{\"pointId\":\"%s\"}".formatted(UUID.randomUUID())), 400, "value", "NotNull");
        assertProblem(post(JANA, points(), point(UUID.randomUUID(), "1", "\"" + todayInPrague().plusDays(2) + "\"")),
                400, "observedOn", "not-in-future");
        assertProblem(post(JANA, points(), point(UUID.randomUUID(), "1", "\"1999-12-31\"")),
                400, "observedOn", "not-before-2000");
        assertProblem(post(JANA, points(), """
                {"pointId":"%s","value":1,"note":"%s"}""".formatted(UUID.randomUUID(), "n".repeat(2001))),
                400, "note", "Size");
        assertProblem(post(JANA, points() + "/" + UUID.randomUUID() + "/corrections", """
                {"value":1,"observedOn":"2024-05-01"}"""), 400, "reason", "NotBlank");
        assertProblem(post(JANA, measures() + "/" + measure + "/phases", """
                {"from":"%s","reason":"later"}""".formatted(todayInPrague().plusDays(2))), 400, "from", "not-in-future");
        assertProblem(post(JANA, measures() + "/not-a-uuid/points", point(UUID.randomUUID(), "1", null)),
                400, "measureId", "uuid");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private String measures() {
        return "/api/experiments/" + experiment + "/measures";
    }

    private String points() {
        return measures() + "/" + measure + "/points";
    }

    /** {@code observedOn} as JSON (quoted), or null to leave it out. */
    private static String point(UUID id, String value, String observedOn) {
        return "{\"pointId\":\"%s\",\"value\":%s%s}".formatted(id, value,
                observedOn == null ? "" : ",\"observedOn\":" + observedOn);
    }

    private static LocalDate todayInPrague() {
        return LocalDate.now(LedgerCalendar.ZONE);
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
    }

    private static void assertRule(Response response, int status, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("rule").asString()).isEqualTo(rule);
    }

    private static void assertProblem(Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        assertThat(errors.valueStream().anyMatch(e -> e.get("field").asString().equals(field)
                && e.get("rule").asString().equals(rule))).as(response.body()).isTrue();
    }
}
