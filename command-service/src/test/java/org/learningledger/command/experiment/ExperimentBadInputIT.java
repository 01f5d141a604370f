package org.learningledger.command.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.events.LedgerCalendar;
import tools.jackson.databind.JsonNode;

/**
 * Bad input gets a problem document naming the field and rule, and appends no event; text that seems to
 * identify someone is recorded (it stays private) with warnings.
 */
class ExperimentBadInputIT extends CommandServiceIT {

    private static final String JANA = org.learningledger.command.support.TestTokens.token("jana");
    private UUID team;
    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    @org.junit.jupiter.api.BeforeEach
    void team() {
        team = teamWithMembers("jana");
    }

    @Test
    void givenMissingQuestion_whenProposed_then400NamingFieldAndNothingStored() {
        long before = storedEvents();
        Response response = post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","prediction":"p","plan":"p","measures":"m"}""".formatted(UUID.randomUUID()));
        assertProblem(response, 400, "question", "NotBlank");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenMalformedJson_whenProposed_then400AndNothingStored() {
        long before = storedEvents();
        Response response = post(JANA, "/api/teams/" + team + "/experiments", "{\"experimentId\": ");
        assertProblem(response, 400, "body", "json");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenANumberWhereTextIsExpected_whenProposed_then400NamingFieldAndNothingStored() {
        long before = storedEvents();
        Response response = post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":42,"prediction":"p","plan":"p","measures":"m"}"""
                .formatted(UUID.randomUUID()));
        assertProblem(response, 400, "question", "text");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenDeeplyNestedJson_whenProposed_then400AndNothingStored() {
        long before = storedEvents();
        String nested = "[".repeat(100) + "]".repeat(100);
        Response response = post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m","extra":%s}"""
                .formatted(UUID.randomUUID(), nested));
        assertProblem(response, 400, "body", "limits");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenABodyOverTheLimit_whenProposed_then413ProblemAndNothingStored() {
        long before = storedEvents();
        String body = """
                {"experimentId":"%s","question":"%s","prediction":"p","plan":"p","measures":"m"}"""
                .formatted(UUID.randomUUID(), "x".repeat(300_000));
        Response response = post(JANA, "/api/teams/" + team + "/experiments", body);
        assertProblem(response, 413, "body", "max-size");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenInvalidUuidInBody_whenProposed_then400NamingField() {
        long before = storedEvents();
        Response response = post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"not-a-uuid","question":"q","prediction":"p","plan":"p","measures":"m"}""");
        assertProblem(response, 400, "experimentId", "uuid");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenInvalidUuidInPath_whenStarted_then400NamingParameter() {
        Response response = post(JANA, "/api/experiments/12345/start", null);
        assertProblem(response, 400, "id", "uuid");
    }

    @Test
    void givenUnknownDecision_whenConcluded_then400ListingAllowedValues() {
        UUID id = startedExperiment();
        long before = storedEvents();
        Response response = post(JANA, "/api/experiments/" + id + "/conclusion", """
                {"decision":"MAYBE","summary":"s"}""");
        assertProblem(response, 400, "decision", "one-of");
        assertThat(response.json().get("detail").asString()).contains("ADOPT, ADAPT, ABANDON");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenMeasureWithoutValue_whenObserved_then400NamingValue() {
        UUID id = startedExperiment();
        long before = storedEvents();
        Response response = post(JANA, "/api/experiments/" + id + "/observations", """
                {"observationId":"%s","kind":"MEASURE","text":"escalations"}""".formatted(UUID.randomUUID()));
        assertProblem(response, 400, "value", "AssertTrue");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenObservationWithPhone_whenRecorded_then201WithAWarningWhereThePhoneIs() {
        UUID id = startedExperiment();
        long before = storedEvents();
        String text = "Matka řekla, ať jí zavoláme na 605 12 34 56.";
        Response response = post(JANA, "/api/experiments/" + id + "/observations", """
                {"observationId":"%s","kind":"FAMILY_VOICE","text":"%s"}""".formatted(UUID.randomUUID(), text));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(storedEvents()).isEqualTo(before + 1);
        JsonNode warning = response.json().get("warnings").get(0);
        assertThat(response.json().get("warnings")).hasSize(1);
        assertThat(warning.get("field").asString()).isEqualTo("text");
        assertThat(warning.get("rule").asString()).isEqualTo("phone");
        assertThat(text.substring(warning.get("start").asInt(), warning.get("end").asInt())).isEqualTo("605 12 34 56");
    }

    @Test
    void givenProposedOnly_whenObserved_then409NotStartedAndNothingStored() {
        UUID id = proposedExperiment();
        long before = storedEvents();
        Response response = post(JANA, "/api/experiments/" + id + "/observations", """
                {"observationId":"%s","kind":"NOTE","text":"too early"}""".formatted(UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("not-started");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenStarted_whenTheSameStartIsSentAgain_then200UnchangedAndAnotherDayIs409() {
        UUID id = startedExperiment();
        long before = storedEvents();
        Response again = post(JANA, "/api/experiments/" + id + "/start", null);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("changed").asBoolean()).isFalse();
        Response otherDay = post(JANA, "/api/experiments/" + id + "/start", """
                {"startedOn":"%s"}""".formatted(java.time.LocalDate.now().minusDays(3)));
        assertThat(otherDay.status()).as(otherDay.body()).isEqualTo(409);
        assertThat(otherDay.json().get("rule").asString()).isEqualTo("already-started");
        assertThat(storedEvents()).as("a repeat or a refusal appends nothing").isEqualTo(before);
    }

    @Test
    void givenConcluded_whenConcludedAgain_then409AndNothingStored() {
        UUID id = startedExperiment();
        assertThat(post(JANA, "/api/experiments/" + id + "/conclusion", "{\"decision\":\"ADOPT\",\"summary\":\"s\"}")
                .status()).isEqualTo(200);
        long before = storedEvents();
        Response response = post(JANA, "/api/experiments/" + id + "/conclusion", """
                {"decision":"ABANDON","summary":"second thoughts"}""");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("experiment-ended");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenAFutureDay_whenObserved_then400NamingObservedOnAndNothingStored() {
        UUID id = startedExperiment();
        long before = storedEvents();
        Response response = post(JANA, "/api/experiments/" + id + "/observations", """
                {"observationId":"%s","kind":"NOTE","text":"later","observedOn":"%s"}""".formatted(UUID.randomUUID(),
                LocalDate.now(LedgerCalendar.ZONE).plusDays(2)));
        assertProblem(response, 400, "observedOn", "not-in-future");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenADayBeforeTheProposal_whenObserved_then400NamingObservedOnAndNothingStored() {
        UUID id = startedExperiment();
        long before = storedEvents();
        Response response = post(JANA, "/api/experiments/" + id + "/observations", """
                {"observationId":"%s","kind":"NOTE","text":"earlier","observedOn":"2020-01-01"}"""
                .formatted(UUID.randomUUID()));
        assertProblem(response, 400, "observedOn", "not-before-proposal");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenAMalformedDate_whenObserved_then400NamingObservedOn() {
        UUID id = startedExperiment();
        Response response = post(JANA, "/api/experiments/" + id + "/observations", """
                {"observationId":"%s","kind":"NOTE","text":"x","observedOn":"01.06.2025"}""".formatted(UUID.randomUUID()));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("observedOn");
    }

    @Test
    void givenALearningsId_whenProposedAsExperiment_then409AndNothingStored() {
        UUID learning = UUID.randomUUID();
        assertThat(post(JANA, "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"t","summary":"s","practice":"p","context":"c"}""".formatted(learning))
                .status()).isEqualTo(201);
        long before = storedEvents();
        Response response = post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m"}""".formatted(learning));
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo("id-already-used");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenAnExperimentsId_whenDraftedAsLearning_then409AndNothingStored() {
        UUID experiment = proposedExperiment();
        long before = storedEvents();
        Response response = post(JANA, "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"t","summary":"s","practice":"p","context":"c"}""".formatted(experiment));
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("id-already-used");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenUnknownExperiment_whenStarted_then404() {
        Response response = post(JANA, "/api/experiments/" + UUID.randomUUID() + "/start", null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void givenTheDailyFlow_whenCorrectedAndFollowed_thenRulesAreNamedRetriesAppendNothingAndTheStoreHoldsCiphertext() {
        // letters only: a digit run could look like a phone number to the de-identification guard
        String marker = "Mk" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        UUID id = proposedExperiment();
        String revised = """
                {"question":"q %s","prediction":"p %s","plan":"plan %s","measures":"m %s"}""".formatted(marker, marker,
                marker, marker);
        Response first = send(JANA, "PUT", "/api/experiments/" + id, revised);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("changed").asBoolean()).isTrue();
        long before = storedEvents();
        assertThat(send(JANA, "PUT", "/api/experiments/" + id, revised).json().get("changed").asBoolean()).isFalse();
        assertProblem(send(JANA, "PUT", "/api/experiments/" + id, "{\"question\":\"q\"}"), 400, "plan", "NotBlank");
        assertThat(storedEvents()).as("a retry or a refusal appends nothing").isEqualTo(before);

        assertThat(post(JANA, "/api/experiments/" + id + "/start", null).status()).isEqualTo(200);
        Response started = send(JANA, "PUT", "/api/experiments/" + id, revised.replace("q ", "other q "));
        assertThat(started.status()).isEqualTo(409);
        assertThat(started.json().get("rule").asString()).isEqualTo("already-started");
        UUID observation = UUID.randomUUID();
        assertThat(post(JANA, "/api/experiments/" + id + "/observations", """
                {"observationId":"%s","kind":"NOTE","text":"first words"}""".formatted(observation)).status())
                .isEqualTo(201);
        String correction = """
                {"kind":"CHILD_VOICE","text":"she said %s","reason":"it was the child %s"}""".formatted(marker, marker);
        String path = "/api/experiments/" + id + "/observations/" + observation + "/corrections";
        Response corrected = post(JANA, path, correction);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("changed").asBoolean()).isTrue();
        before = storedEvents();
        assertThat(post(JANA, path, correction).json().get("changed").asBoolean()).isFalse();
        Response unknown = post(JANA, "/api/experiments/" + id + "/observations/" + UUID.randomUUID() + "/corrections",
                correction);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.body()).contains("observationId", "recorded-observation");
        assertProblem(post(JANA, path, "{\"kind\":\"MEASURE\",\"text\":\"t\",\"reason\":\"r\"}"), 400, "kind",
                "measure-needs-value");

        // the next cycle follows only a concluded experiment of the same team
        String next = """
                {"experimentId":"%s","question":"q2","prediction":"p","plan":"p","measures":"m","follows":"%s"}""";
        assertProblem(post(JANA, "/api/teams/" + team + "/experiments", next.formatted(UUID.randomUUID(), id)), 400,
                "follows", "own-concluded-experiment");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(post(JANA, "/api/experiments/" + id + "/conclusion", "{\"decision\":\"ADAPT\",\"summary\":\"s\"}")
                .status()).isEqualTo(200);
        UUID otherTeam = teamWithMembers("jana");
        assertProblem(post(JANA, "/api/teams/" + otherTeam + "/experiments", next.formatted(UUID.randomUUID(), id)), 400,
                "follows", "own-concluded-experiment");
        assertThat(post(JANA, "/api/teams/" + team + "/experiments", next.formatted(UUID.randomUUID(), id)).status())
                .isEqualTo(201);

        java.util.Map<String, String> dump = org.learningledger.command.support.StoreDump.tables(dataSource);
        assertThat(org.learningledger.command.support.StoreDump.tablesHolding(dump, marker))
                .as("the revised texts and the correction are ciphertext in every table").isEmpty();
    }

    private UUID proposedExperiment() {
        UUID id = UUID.randomUUID();
        Response response = post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m"}""".formatted(id));
        assertThat(response.status()).isEqualTo(201);
        return id;
    }

    private UUID startedExperiment() {
        UUID id = proposedExperiment();
        assertThat(post(JANA, "/api/experiments/" + id + "/start", null).status()).isEqualTo(200);
        return id;
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
