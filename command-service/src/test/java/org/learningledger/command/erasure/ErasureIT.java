package org.learningledger.command.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * The erasure endpoints over HTTP: what they answer, and bad input refused with a problem document
 * naming the field and rule, nothing appended. To anyone who may not erase, the record is not there.
 */
class ErasureIT extends CommandServiceIT {

    static final String JANA = TestTokens.token("jana");
    static final String PETR = TestTokens.token("petr");

    private UUID team;
    private UUID experiment;
    private UUID observation;

    @BeforeEach
    void anExperimentWithAnObservation() {
        team = teamWithMembers("jana");
        teamWithMembers("petr");
        experiment = UUID.randomUUID();
        observation = UUID.randomUUID();
        ok(post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m"}""".formatted(experiment)));
        ok(post(JANA, "/api/experiments/" + experiment + "/start", null));
        ok(post(JANA, "/api/experiments/" + experiment + "/observations", """
                {"observationId":"%s","kind":"CHILD_VOICE","text":"Anička se bála"}""".formatted(observation)));
    }

    @Test
    void givenAnObservation_whenItsTeamErasesIt_then200WithItsItemAndOnlyOnce() {
        long before = storedEvents();
        Response response = eraseExperimentItem(JANA, """
                {"item":"OBSERVATION","observationId":"%s","reason":"IDENTIFYING_DETAILS"}""".formatted(observation));
        ok(response);
        assertThat(response.json().get("item").asString())
                .isEqualTo("experiment/" + experiment + "/observation/" + observation);
        assertThat(response.json().get("erasedAt").asString()).isNotBlank();
        assertThat(storedEvents()).isEqualTo(before + 1);

        Response again = eraseExperimentItem(JANA, """
                {"item":"OBSERVATION","observationId":"%s","reason":"ENTERED_IN_ERROR"}""".formatted(observation));
        assertRule(again, "already-erased");
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void givenAnExperiment_whenAnAdministratorErasesItOnARequest_thenItTakesNoNewContent() {
        Response response = eraseExperimentItem(ADMIN, """
                {"item":"EXPERIMENT","reason":"DATA_SUBJECT_REQUEST","reference":"DSR/2026/17"}""");
        ok(response);
        assertThat(response.json().get("item").asString()).isEqualTo("experiment/" + experiment);
        long before = storedEvents();
        assertRule(post(JANA, "/api/experiments/" + experiment + "/observations", """
                {"observationId":"%s","kind":"NOTE","text":"later"}""".formatted(UUID.randomUUID())), "experiment-erased");
        assertRule(eraseExperimentItem(JANA, """
                {"item":"OBSERVATION","observationId":"%s","reason":"ENTERED_IN_ERROR"}""".formatted(observation)),
                "already-erased");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenAnotherTeamsOrNoExperiment_whenErased_then404ByteForByteAsAnyUnseenRecord() {
        String body = """
                {"item":"OBSERVATION","observationId":"%s","reason":"ENTERED_IN_ERROR"}""".formatted(observation);
        long before = storedEvents();
        Response stranger = eraseExperimentItem(PETR, body);
        Response missing = post(JANA, "/api/experiments/" + UUID.randomUUID() + "/erasures", body);
        Response unseen = post(PETR, "/api/experiments/" + experiment + "/start", null);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).isEqualTo(unseen.body()).isEqualTo(missing.body());
        assertThat(stranger.contentType()).isEqualTo(unseen.contentType());
        Response adminAsMember = eraseExperimentItem(ADMIN, body);
        assertThat(adminAsMember.status()).isEqualTo(404);
        assertThat(adminAsMember.body()).isEqualTo(unseen.body());
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenAnUnknownObservation_whenErased_then404NamingObservationId() {
        Response response = eraseExperimentItem(JANA, """
                {"item":"OBSERVATION","observationId":"%s","reason":"ENTERED_IN_ERROR"}""".formatted(UUID.randomUUID()));
        assertProblem(response, 404, "observationId", "recorded-observation");
    }

    @Test
    void givenBadExperimentErasureRequests_whenSent_then400NamingFieldAndRuleAndNothingStored() {
        String obs = "\"observationId\":\"" + observation + "\"";
        assertBad(JANA, "{\"reason\":\"ENTERED_IN_ERROR\"}", "item", "NotNull");
        assertBad(JANA, "{\"item\":\"PARAGRAPH\",\"reason\":\"ENTERED_IN_ERROR\"}", "item", "one-of");
        assertBad(JANA, "{\"item\":0,\"reason\":\"ENTERED_IN_ERROR\"}", "item", "type");
        assertBad(JANA, "{\"item\":\"observation\",\"reason\":\"ENTERED_IN_ERROR\"," + obs + "}", "item", "one-of");
        assertBad(JANA, "{\"item\":\"OBSERVATION\",\"reason\":\"ENTERED_IN_ERROR\"}", "observationId", "AssertTrue");
        assertBad(JANA, "{\"item\":\"EXPERIMENT\",\"reason\":\"ENTERED_IN_ERROR\"," + obs + "}", "observationId",
                "AssertTrue");
        assertBad(JANA, "{\"item\":\"OBSERVATION\",\"observationId\":\"nope\",\"reason\":\"ENTERED_IN_ERROR\"}",
                "observationId", "uuid");
        assertBad(JANA, "{\"item\":\"EXPERIMENT\"}", "reason", "NotNull");
        assertBad(JANA, "{\"item\":\"EXPERIMENT\",\"reason\":\"BECAUSE\"}", "reason", "one-of");
        assertBad(JANA, "{\"item\":\"EXPERIMENT\",\"reason\":1}", "reason", "type");
        assertBad(JANA, "{\"item\":\"EXPERIMENT\",\"reason\":\"ENTERED_IN_ERROR\",\"reference\":\"X1\"}", "reference",
                "only-on-data-subject-request");
        assertBad(JANA, "{\"item\":\"EXPERIMENT\",\"reason\":\"DATA_SUBJECT_REQUEST\",\"reference\":\"X1\"}", "reason",
                "administrator-reason");
        assertBad(ADMIN, "{\"item\":\"EXPERIMENT\",\"reason\":\"DATA_SUBJECT_REQUEST\"}", "reference", "required");
        assertBad(ADMIN, "{\"item\":\"EXPERIMENT\",\"reason\":\"DATA_SUBJECT_REQUEST\",\"reference\":\"a b\"}",
                "reference", "reference");
        assertBad(ADMIN, "{\"item\":\"EXPERIMENT\",\"reason\":\"DATA_SUBJECT_REQUEST\",\"reference\":42}",
                "reference", "text");
        assertBad(JANA, "{\"item\":", "body", "json");
    }

    /**
     * Published to the region only: the public topic's side is PublicTopicIT's (a national record here,
     * early in the test JVM, set the embedded broker's log cleaner off before the forwarding tests ran).
     */
    @Test
    void givenAPublication_whenItsRevisionIsErased_thenWithdrawnAndErasedAndNoLongerPublished() {
        UUID learning = draft();
        ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}"));
        long before = storedEvents();
        Response response = post(JANA, "/api/learnings/" + learning + "/erasures",
                "{\"revision\":1,\"reason\":\"IDENTIFYING_DETAILS\"}");
        ok(response);
        assertThat(response.json().get("item").asString()).isEqualTo("learning/" + learning + "/revision/1");
        assertThat(storedEvents()).isEqualTo(before + 2);
        assertRule(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}"), "withdrawn");
        assertRule(post(ADMIN, "/api/learnings/" + learning + "/erasures",
                "{\"revision\":1,\"reason\":\"DATA_SUBJECT_REQUEST\",\"reference\":\"DSR-1\"}"), "already-erased");
    }

    @Test
    void givenTheCurrentDraftErased_whenPublished_then409DraftErasedUntilRevised() {
        UUID learning = draft();
        ok(send(JANA, "PUT", "/api/learnings/" + learning, """
                {"title":"t2","summary":"s","practice":"p","context":"c"}"""));
        ok(post(JANA, "/api/learnings/" + learning + "/erasures", "{\"revision\":2,\"reason\":\"ENTERED_IN_ERROR\"}"));
        assertRule(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}"), "draft-erased");
        ok(send(JANA, "PUT", "/api/learnings/" + learning, """
                {"title":"t2","summary":"s","practice":"p","context":"c"}"""));
        ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}"));
    }

    @Test
    void givenBadLearningErasureRequests_whenSent_then400Or404NamingTheFieldAndNothingStored() {
        UUID learning = draft();
        String path = "/api/learnings/" + learning + "/erasures";
        assertBad(JANA, path, "{\"reason\":\"ENTERED_IN_ERROR\"}", 400, "revision", "NotNull");
        assertBad(JANA, path, "{\"revision\":\"1\",\"reason\":\"ENTERED_IN_ERROR\"}", 400, "revision", "type");
        assertBad(JANA, path, "{\"revision\":1.5,\"reason\":\"ENTERED_IN_ERROR\"}", 400, "revision", "type");
        assertBad(JANA, path, "{\"revision\":0,\"reason\":\"ENTERED_IN_ERROR\"}", 400, "revision", "Min");
        assertBad(JANA, path, "{\"revision\":1,\"reason\":\"SORRY\"}", 400, "reason", "one-of");
        assertBad(JANA, path, "{\"revision\":1,\"reason\":\"ENTERED_IN_ERROR\",\"reference\":\"R\"}", 400, "reference",
                "only-on-data-subject-request");
        assertBad(ADMIN, path, "{\"revision\":1,\"reason\":\"DATA_SUBJECT_REQUEST\",\"reference\":\"/x\"}", 400,
                "reference", "reference");
        assertBad(JANA, path, "{\"revision\":2,\"reason\":\"ENTERED_IN_ERROR\"}", 404, "revision", "known-revision");
        Response stranger = post(PETR, path, "{\"revision\":1,\"reason\":\"ENTERED_IN_ERROR\"}");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).isEqualTo(post(PETR, "/api/experiments/" + experiment + "/start", null).body());
    }

    @Test
    void givenAWithdrawalReason_whenItsTeamErasesIt_then200WithItsItemOnlyOnceAndOnlyForTheTeam() {
        UUID learning = draft();
        String path = "/api/learnings/" + learning + "/erasures";
        ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}"));
        assertBad(JANA, path, "{\"item\":\"WITHDRAWAL_REASON\",\"reason\":\"ENTERED_IN_ERROR\"}", 404, "item",
                "known-note");
        ok(post(JANA, "/api/learnings/" + learning + "/withdrawal", "{\"reason\":\"Rodina Nováků se ozvala\"}"));
        assertBad(JANA, path, "{\"item\":\"WITHDRAWAL_REASON\",\"revision\":1,\"reason\":\"ENTERED_IN_ERROR\"}", 400,
                "revision", "AssertTrue");
        assertBad(JANA, path, "{\"item\":\"WITHDRAWAL_REASON\",\"stewardId\":\"x\",\"reason\":\"ENTERED_IN_ERROR\"}",
                400, "stewardId", "AssertTrue");
        assertBad(JANA, path, "{\"item\":\"NOTE\",\"reason\":\"ENTERED_IN_ERROR\"}", 400, "item", "one-of");
        String body = "{\"item\":\"WITHDRAWAL_REASON\",\"reason\":\"IDENTIFYING_DETAILS\"}";
        Response stranger = post(PETR, path, body);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.body()).isEqualTo(post(PETR, "/api/experiments/" + experiment + "/start", null).body());
        long before = storedEvents();
        Response response = post(JANA, path, body);
        ok(response);
        assertThat(response.json().get("item").asString()).isEqualTo("learning/" + learning + "/withdrawal");
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(keyErased("learning/" + learning + "/withdrawal")).isTrue();
        assertRule(post(ADMIN, path, "{\"item\":\"WITHDRAWAL_REASON\",\"reason\":\"DATA_SUBJECT_REQUEST\","
                + "\"reference\":\"DSR-2\"}"), "already-erased");
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    /** The steward erases their note after the learning was withdrawn, out of their sight; nobody else may. */
    @Test
    void givenAStewardsEndorsementNote_whenTheStewardErasesIt_then200WithItsItemAndOnlyOnce() {
        UUID learning = draft();
        String path = "/api/learnings/" + learning + "/erasures";
        UUID region = jdbc.sql("SELECT region_id FROM directory_team WHERE team_id = :team").param("team", team)
                .query(UUID.class).single();
        String steward = "steward-" + UUID.randomUUID();
        String token = TestTokens.token(steward);
        ok(post(ADMIN, "/api/regions/" + region + "/stewards", "{\"userId\":\"%s\"}".formatted(steward)));
        ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}"));
        ok(post(token, "/api/learnings/" + learning + "/endorsements", "{\"note\":\"Worth trying here\"}"));
        ok(post(JANA, "/api/learnings/" + learning + "/withdrawal", "{\"reason\":\"r\"}"));
        String body = "{\"item\":\"ENDORSEMENT_NOTE\",\"stewardId\":\"%s\",\"reason\":\"ENTERED_IN_ERROR\"}"
                .formatted(steward);
        assertBad(token, path, "{\"item\":\"ENDORSEMENT_NOTE\",\"reason\":\"ENTERED_IN_ERROR\"}", 400, "stewardId",
                "AssertTrue");
        assertBad(ADMIN, path, "{\"item\":\"ENDORSEMENT_NOTE\",\"stewardId\":\"nobody\","
                + "\"reason\":\"DATA_SUBJECT_REQUEST\",\"reference\":\"DSR-3\"}", 404, "stewardId", "endorsing-steward");
        Response team = post(JANA, path, body);
        assertThat(team.status()).isEqualTo(404);
        assertThat(team.body()).isEqualTo(post(PETR, "/api/experiments/" + experiment + "/start", null).body());
        long before = storedEvents();
        Response response = post(token, path, body);
        ok(response);
        String item = "learning/" + learning + "/endorsement/" + steward;
        assertThat(response.json().get("item").asString()).isEqualTo(item);
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(keyErased(item)).isTrue();
        assertRule(post(token, path, body), "already-erased");
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    private boolean keyErased(String item) {
        return jdbc.sql("SELECT wrapped IS NULL AND erased_at IS NOT NULL FROM data_key WHERE item = :item")
                .param("item", item).query(Boolean.class).single();
    }

    private UUID draft() {
        UUID learning = UUID.randomUUID();
        ok(post(JANA, "/api/teams/" + team + "/learnings", """
                {"learningId":"%s","title":"Meet each parent alone","summary":"s","practice":"p","context":"c"}"""
                .formatted(learning)));
        return learning;
    }

    private Response eraseExperimentItem(String token, String body) {
        return post(token, "/api/experiments/" + experiment + "/erasures", body);
    }

    private void assertBad(String token, String body, String field, String rule) {
        assertBad(token, "/api/experiments/" + experiment + "/erasures", body, 400, field, rule);
    }

    private void assertBad(String token, String path, String body, int status, String field, String rule) {
        long before = storedEvents();
        assertProblem(post(token, path, body), status, field, rule);
        assertThat(storedEvents()).as(body).isEqualTo(before);
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
    }

    private static void assertRule(Response response, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
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
