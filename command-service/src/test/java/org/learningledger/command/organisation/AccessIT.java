package org.learningledger.command.organisation;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void givenOtherTeamsMember_whenActingOnTeamAsExperiment_then403OnEveryCommandAndNothingStored() {
        long before = storedEvents();
        String base = "/api/experiments/" + experiment;
        assertThat(post(KAREL, base + "/start", null).status()).isEqualTo(403);
        assertThat(post(KAREL, base + "/observations",
                "{\"observationId\":\"%s\",\"kind\":\"NOTE\",\"text\":\"x\"}".formatted(UUID.randomUUID())).status())
                .isEqualTo(403);
        assertThat(post(KAREL, base + "/conclusion", "{\"decision\":\"ADOPT\",\"summary\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(post(KAREL, base + "/abandonment", "{\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(post(KAREL, "/api/teams/" + teamA + "/experiments", proposal(UUID.randomUUID(), "q")).status())
                .isEqualTo(403);
        assertThat(post(STEWARD, base + "/start", null).status()).isEqualTo(403);
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
    void givenRemovedMember_whenActing_thenRefusedAtOnce() {
        assertThat(send(ADMIN, "DELETE", "/api/teams/" + teamA + "/members/jana", null).status()).isEqualTo(200);
        long before = storedEvents();
        assertThat(post(JANA, "/api/experiments/" + experiment + "/start", null).status()).isEqualTo(403);
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

    private static String proposal(UUID id, String question) {
        return """
                {"experimentId":"%s","question":"%s","prediction":"p","plan":"p","measures":"m"}"""
                .formatted(id, question);
    }
}
