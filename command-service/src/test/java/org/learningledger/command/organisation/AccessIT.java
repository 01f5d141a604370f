package org.learningledger.command.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.TestTokens;

/** Who may act: tokens, roles and recorded memberships, against hostile and careless clients. */
class AccessIT extends CommandServiceIT {

    static final String JANA = TestTokens.token("jana");
    static final String KAREL = TestTokens.token("karel");
    static final String STEWARD = TestTokens.token("steward-petr");

    UUID teamA;
    UUID teamB;
    UUID experiment;

    @BeforeEach
    void twoTeams() {
        teamA = teamWithMembers("jana");
        teamB = teamWithMembers("karel");
        experiment = UUID.randomUUID();
        assertThat(post(JANA, "/api/teams/" + teamA + "/experiments", proposal(experiment, "q")).status())
                .isEqualTo(201);
    }

    @Test
    void givenNoOrBadToken_whenCalling_then401ProblemAndNothingStored() {
        long before = storedEvents();
        for (String token : new String[] {null, TestTokens.expired("jana"), TestTokens.signedByStranger("jana"),
                TestTokens.unsigned("jana", "admin"), "not-a-jwt", TestTokens.forAnotherAudience("jana"),
                TestTokens.fromAnotherIssuer("jana"), TestTokens.withoutExpiry("jana")}) {
            Response response = post(token, "/api/experiments/" + experiment + "/start", null);
            assertThat(response.status()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(post(TestTokens.unsigned("root", "admin"), "/api/regions",
                "{\"regionId\":\"%s\",\"name\":\"x\"}".formatted(UUID.randomUUID())).status()).isEqualTo(401);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenAnAdminRoleGrantedByAnotherApplication_whenRegisteringRegion_then403AndNothingStored() {
        long before = storedEvents();
        Response response = post(TestTokens.adminOfAnotherApplication("root"), "/api/regions",
                "{\"regionId\":\"%s\",\"name\":\"x\"}".formatted(UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenMemberWithoutAdminRole_whenRegisteringRegion_then403() {
        long before = storedEvents();
        Response response = post(JANA, "/api/regions", "{\"regionId\":\"%s\",\"name\":\"x\"}".formatted(UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(storedEvents()).isEqualTo(before);
    }

    /**
     * Another team's experiment is not there for a stranger: every command on it answers exactly what
     * an id that never existed answers (status, headers, body, byte for byte), and nothing is stored.
     */
    @Test
    void givenOtherTeamsExperiment_whenStrangerCommands_thenAnsweredExactlyAsAnUnknownIdAndNothingStored() {
        long before = storedEvents();
        for (String stranger : new String[] {KAREL, STEWARD}) {
            for (String[] call : EXPERIMENT_CALLS) {
                assertSameAsUnknown(stranger, call[0], "/api/experiments/%s" + call[1], experiment, call[2]);
            }
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenOtherTeamsExperiment_whenStrangerProposesUnderItsIdInOwnTeam_thenNotFoundNotConflict() {
        long before = storedEvents();
        Raw reused = raw(KAREL, "POST", "/api/teams/" + teamB + "/experiments", proposal(experiment, "other"));
        assertThat(reused).isEqualTo(raw(KAREL, "POST", "/api/experiments/" + UUID.randomUUID() + "/start", null));
        assertThat(reused.status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenOtherTeamsLearning_whenStrangerCommands_thenAnsweredExactlyAsAnUnknownIdAndNothingStored() {
        UUID learning = UUID.randomUUID();
        assertThat(post(JANA, "/api/teams/" + teamA + "/learnings", draft(learning, "t")).status()).isEqualTo(201);
        long before = storedEvents();
        for (String stranger : new String[] {KAREL, STEWARD}) {
            for (String[] call : LEARNING_CALLS) {
                assertSameAsUnknown(stranger, call[0], "/api/learnings/%s" + call[1], learning, call[2]);
            }
        }
        Raw reused = raw(KAREL, "POST", "/api/teams/" + teamB + "/learnings", draft(learning, "other"));
        assertThat(reused).isEqualTo(raw(KAREL, "POST", "/api/learnings/" + UUID.randomUUID() + "/endorsements",
                "{\"note\":\"x\"}"));
        Raw experimentsId = raw(KAREL, "POST", "/api/teams/" + teamB + "/learnings", draft(experiment, "t"));
        assertThat(experimentsId.status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** Who sees the learning (here: national, read by every member) hears 403 for a role they lack. */
    @Test
    void givenNationalLearning_whenOtherTeamsMemberEndorsesOrWithdraws_then403() {
        UUID learning = UUID.randomUUID();
        assertThat(post(JANA, "/api/teams/" + teamA + "/learnings", draft(learning, "t")).status()).isEqualTo(201);
        assertThat(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"NATION\"}").status())
                .isEqualTo(201);
        long before = storedEvents();
        assertThat(post(KAREL, "/api/learnings/" + learning + "/endorsements", "{\"note\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(post(KAREL, "/api/learnings/" + learning + "/withdrawal", "{\"reason\":\"x\"}").status())
                .isEqualTo(403);
        Response reused = post(KAREL, "/api/teams/" + teamB + "/learnings", draft(learning, "other"));
        assertThat(reused.status()).isEqualTo(409);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenOtherTeam_whenStrangerProposesInIt_then403LikeForAnyTeamNotTheirs() {
        long before = storedEvents();
        assertThat(post(KAREL, "/api/teams/" + teamA + "/experiments", proposal(UUID.randomUUID(), "q")).status())
                .isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenSpoofedActorInBodyAndHeader_whenOutsiderProposes_thenIgnoredAndRefused() {
        long before = storedEvents();
        String spoofed = """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m",
                 "actor":"jana","userId":"jana","teamId":"%s"}""".formatted(UUID.randomUUID(), teamB);
        Response response = send(KAREL, "POST", "/api/teams/" + teamA + "/experiments", spoofed);
        assertThat(response.status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenRemovedMember_whenActing_thenNotFoundAtOnce() {
        assertThat(send(ADMIN, "DELETE", "/api/teams/" + teamA + "/members/jana", null).status()).isEqualTo(200);
        long before = storedEvents();
        assertThat(post(JANA, "/api/experiments/" + experiment + "/start", null).status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenProposal_whenRetriedWithSameContent_thenAnsweredAlikeAndNothingAppended() {
        long before = storedEvents();
        Response retry = post(JANA, "/api/teams/" + teamA + "/experiments", proposal(experiment, "q"));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("experimentId").asString()).isEqualTo(experiment.toString());
        assertThat(storedEvents()).isEqualTo(before);
        Response conflicting = post(JANA, "/api/teams/" + teamA + "/experiments", proposal(experiment, "other"));
        assertThat(conflicting.status()).isEqualTo(409);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void givenTeamInUnknownRegion_whenRegistered_then400NamingRegionId() {
        Response response = post(ADMIN, "/api/teams", """
                {"teamId":"%s","regionId":"%s","name":"T","focus":"worker-wellbeing"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID()));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("regionId");
    }

    @Test
    void givenWebInterfaceOrigin_whenPreflighting_thenAllowedAndOtherOriginsRefused() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String origin : new String[] {"http://localhost:8082", "https://evil.example"}) {
            java.net.http.HttpResponse<Void> response = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/api/experiments/" + experiment + "/start"))
                    .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type").build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            if (origin.contains("localhost")) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains(origin);
            } else {
                assertThat(response.statusCode()).isEqualTo(403);
            }
        }
    }

    static final String[][] EXPERIMENT_CALLS = {
        {"POST", "/start", null},
        {"POST", "/observations", "{\"observationId\":\"%s\",\"kind\":\"NOTE\",\"text\":\"x\"}"
                .formatted(UUID.randomUUID())},
        {"POST", "/conclusion", "{\"decision\":\"ADOPT\",\"summary\":\"x\"}"},
        {"POST", "/abandonment", "{\"reason\":\"x\"}"}};

    static final String[][] LEARNING_CALLS = {
        {"PUT", "", "{\"title\":\"t\",\"summary\":\"s\",\"practice\":\"p\"}"},
        {"POST", "/publications", "{\"tier\":\"REGION\"}"},
        {"POST", "/withdrawal", "{\"reason\":\"x\"}"},
        {"POST", "/endorsements", "{\"note\":\"x\"}"},
        {"POST", "/invitations", "{\"tier\":\"NATION\"}"}};

    private void assertSameAsUnknown(String token, String method, String path, UUID existing, String body) {
        Raw unseen = raw(token, method, path.formatted(existing), body);
        Raw unknown = raw(token, method, path.formatted(UUID.randomUUID()), body);
        assertThat(unseen).as(method + " " + path).isEqualTo(unknown);
        assertThat(unseen.status()).as(method + " " + path).isEqualTo(404);
    }

    /** An answer as the wire has it: status, every header but the date, the body's bytes. */
    record Raw(int status, Map<String, List<String>> headers, String body) {
    }

    private Raw raw(String token, String method, String path, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
            headers.remove("date");
            return new Raw(response.statusCode(), headers, response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String draft(UUID id, String title) {
        return """
                {"learningId":"%s","title":"%s","summary":"s","practice":"p"}""".formatted(id, title);
    }

    private static String proposal(UUID id, String question) {
        return """
                {"experimentId":"%s","question":"%s","prediction":"p","plan":"p","measures":"m"}"""
                .formatted(id, question);
    }
}
