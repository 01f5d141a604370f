package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.query.Api.json;
import static org.learningledger.query.Api.withoutInstance;
import static org.learningledger.query.Envelopes.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.events.PublicEventType;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.TeamRegistered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who may see what, by example: team A's member Alice, team B's member Bob, a steward of their
 * region, an analyst, an admin and a stranger, around one experiment of team A.
 */
@QueryServiceTest
class ReaderAccessIT {

    @Autowired
    Infrastructure infra;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final UUID region = UUID.randomUUID();
    private final UUID teamA = UUID.randomUUID();
    private final UUID teamB = UUID.randomUUID();
    private final UUID experiment = UUID.randomUUID();
    private final String suffix = UUID.randomUUID().toString();
    private final String alice = "alice-" + suffix;
    private final String bob = "bob-" + suffix;
    private final String steward = "stella-" + suffix;
    private final String analyst = "ann-" + suffix;
    private Api api;
    private ReadModelDatabase db;

    @BeforeEach
    void organisationWithOneExperimentOfTeamA() {
        api = new Api(port);
        db = new ReadModelDatabase(jdbc);
        UUID appointment = UUID.randomUUID();
        db.awaitConsumed(infra.topic.send(List.of(
                record(region, 0, 0, new RegionRegistered(region, "North " + suffix)),
                record(region, 1, 0, new StewardAppointed(region, steward)),
                record(teamA, 0, 0, new TeamRegistered(teamA, region, "A " + suffix, "parental-conflict")),
                record(teamA, 1, 0, new MemberAdded(teamA, alice)),
                record(teamB, 0, 0, new TeamRegistered(teamB, region, "B " + suffix, "worker-wellbeing")),
                record(teamB, 1, 0, new MemberAdded(teamB, bob)),
                record(appointment, 0, 0, new AnalystAppointed(appointment, analyst)),
                record(experiment, 0, 1, new ExperimentProposed(experiment, teamA, "Q?", "p", "pl", "m", null)),
                record(experiment, 1, 2, new ObservationRecorded(experiment, teamA, UUID.randomUUID(),
                        ObservationKind.FAMILY_VOICE, "We felt heard", null, Envelopes.T0_DAY)))));
    }

    @Test
    void givenAnyoneButTeamAMembers_whenUsingTeamAIdentifiersOnEveryEndpoint_then404IdenticalToMissing() {
        assertThat(api.get(teamAPaths().get(0), TestTokens.token(alice)).getStatusCode().value()).isEqualTo(200);
        List<String> outsiders = List.of(TestTokens.token(bob), TestTokens.token(steward), TestTokens.token(analyst),
                TestTokens.token("admin-" + suffix, "admin"), TestTokens.token(bob, "admin"),
                TestTokens.token("stranger-" + suffix));
        for (String token : outsiders) {
            List<String> paths = teamAPaths();
            List<String> missing = missingPaths();
            for (int i = 0; i < paths.size(); i++) {
                assertSameAnswer(api.get(paths.get(i), token), api.get(missing.get(i), token), paths.get(i));
            }
        }
    }

    @Test
    void givenSpoofedIdentityHeadersAndParameters_whenQuerying_thenAnswersUnchanged() {
        Map<String, String> spoof = Map.of("X-User", alice, "X-User-Id", alice, "X-Team", teamA.toString(),
                "X-Forwarded-User", alice, "X-Roles", "admin");
        String params = "?userId=" + alice + "&teamId=" + teamA + "&team=" + teamA + "&tier=NATION";
        for (String token : List.of(TestTokens.token(bob), TestTokens.token(alice))) {
            for (String path : List.of("/api/teams/" + teamA + "/experiments", "/api/teams/" + teamB + "/experiments",
                    "/api/experiments/" + experiment, "/api/me")) {
                ResponseEntity<String> honest = api.get(path, token);
                assertSameAnswer(api.get(path, token, spoof), honest, path + " with headers");
                assertSameAnswer(api.get(path + params, token), honest, path + params);
            }
        }
        assertThat(json(api.get("/api/me?userId=" + alice, TestTokens.token(bob), spoof)).path("userId").asString())
                .isEqualTo(bob);
    }

    @Test
    void givenMemberRemoved_whenRemovalApplied_thenTeamWorkAnswers404AtOnce() {
        String token = TestTokens.token(alice);
        assertThat(api.get("/api/experiments/" + experiment, token).getStatusCode().value()).isEqualTo(200);

        db.awaitConsumed(infra.topic.send(List.of(record(teamA, 2, 5, new MemberRemoved(teamA, alice)))));

        List<String> paths = teamAPaths();
        List<String> missing = missingPaths();
        for (int i = 0; i < paths.size(); i++) {
            assertSameAnswer(api.get(paths.get(i), token), api.get(missing.get(i), token), paths.get(i));
        }
        assertThat(json(api.get("/api/me", token)).path("teams")).isEmpty();
    }

    @Test
    void givenRecordedFacts_whenReaderAsksWhoTheyAre_thenMeShowsThemAndTheTokenRoles() {
        JsonNode me = json(api.get("/api/me", TestTokens.token(alice, "admin")));
        assertThat(names(me)).containsExactly("userId", "teams", "stewardOf", "reviews", "analyst", "roles");
        assertThat(me.path("userId").asString()).isEqualTo(alice);
        assertThat(me.path("teams")).hasSize(1);
        JsonNode team = me.path("teams").get(0);
        assertThat(names(team)).containsExactly("teamId", "name", "regionId", "focus");
        assertThat(team.path("teamId").asString()).isEqualTo(teamA.toString());
        assertThat(team.path("regionId").asString()).isEqualTo(region.toString());
        assertThat(team.path("focus").asString()).isEqualTo("parental-conflict");
        assertThat(me.path("roles").toString()).isEqualTo("[\"admin\"]");
        assertThat(me.path("analyst").asBoolean()).isFalse();

        JsonNode stewardMe = json(api.get("/api/me", TestTokens.token(steward)));
        assertThat(stewardMe.path("teams")).isEmpty();
        assertThat(stewardMe.path("stewardOf").toString())
                .isEqualTo("[{\"regionId\":\"" + region + "\",\"name\":\"North " + suffix + "\"}]");
        assertThat(json(api.get("/api/me", TestTokens.token(analyst))).path("analyst").asBoolean()).isTrue();
    }

    @Test
    void givenAnySignedInReader_whenAskingTheDirectory_thenRegionsAndTeamsWithoutMembers() {
        String stranger = TestTokens.token("stranger-" + suffix);
        JsonNode regions = json(api.get("/api/regions", stranger));
        assertThat(regions.toString()).contains("{\"regionId\":\"" + region + "\",\"name\":\"North " + suffix + "\"}");
        JsonNode teams = json(api.get("/api/teams", stranger));
        List<JsonNode> ours = new ArrayList<>();
        teams.forEach(t -> {
            assertThat(names(t)).containsExactly("teamId", "name", "regionId", "focus");
            if (t.path("regionId").asString().equals(region.toString())) {
                ours.add(t);
            }
        });
        assertThat(ours).extracting(t -> t.path("teamId").asString()).containsExactly(teamA.toString(), teamB.toString());
        assertThat(teams.toString()).doesNotContain(alice).doesNotContain(bob);
    }

    /** Every path that names team A's work. */
    private List<String> teamAPaths() {
        return List.of("/api/teams/" + teamA + "/experiments", "/api/teams/" + teamA + "/experiments?status=PROPOSED",
                "/api/experiments/" + experiment);
    }

    /** The same paths with identifiers nobody has used. */
    private static List<String> missingPaths() {
        UUID nobody = UUID.randomUUID();
        return List.of("/api/teams/" + nobody + "/experiments", "/api/teams/" + nobody + "/experiments?status=PROPOSED",
                "/api/experiments/" + UUID.randomUUID());
    }

    private static void assertSameAnswer(ResponseEntity<String> actual, ResponseEntity<String> expected, String what) {
        assertThat(actual.getStatusCode()).as(what).isEqualTo(expected.getStatusCode());
        assertThat(actual.getHeaders().getContentType()).as(what).isEqualTo(expected.getHeaders().getContentType());
        assertThat(withoutInstance(actual.getBody())).as(what).isEqualTo(withoutInstance(expected.getBody()));
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    @Test
    void givenAnyone_whenFetchingThePublicSchemaAPublicCloudEventNames_thenItIsServedWithoutSignIn() {
        for (PublicEventType type : PublicEventType.values()) {
            ResponseEntity<String> schema = api.anonymous("/schemas/" + type.schemaFile());
            assertThat(schema.getStatusCode().value()).as(type.schemaFile()).isEqualTo(200);
            assertThat(schema.getHeaders().getContentType()).hasToString("application/schema+json");
            assertThat(json(schema).path("$id").asString()).isEqualTo("urn:learning-ledger:schemas:" + type.schemaFile());
        }
        ResponseEntity<String> unknown = api.anonymous("/schemas/learning.published.v9.json");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void givenMoreExperimentsThanTheLimit_whenListed_thenPagesFollowTheNextLinkAndABadLimitIsAProblem() {
        UUID second = UUID.randomUUID();
        db.awaitConsumed(infra.topic.send(List.of(
                record(second, 0, 3, new ExperimentProposed(second, teamA, "Q2?", "p", "pl", "m", null)))));
        String path = "/api/teams/" + teamA + "/experiments";

        ResponseEntity<String> first = api.get(path + "?limit=1", TestTokens.token(alice));
        String link = first.getHeaders().getFirst("Link");
        assertThat(json(first)).hasSize(1);
        assertThat(link).endsWith("; rel=\"next\"");
        String next = link.substring(link.indexOf(path), link.indexOf('>'));
        ResponseEntity<String> rest = api.get(next, TestTokens.token(alice));
        assertThat(json(rest)).hasSize(1);
        assertThat(rest.getHeaders().getFirst("Link")).isNull();
        assertThat(List.of(json(first).get(0).path("id").asString(), json(rest).get(0).path("id").asString()))
                .containsExactlyInAnyOrder(experiment.toString(), second.toString());

        ResponseEntity<String> bad = api.get(path + "?limit=1000", TestTokens.token(alice));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(json(bad).path("errors").get(0).path("field").asString()).isEqualTo("limit");
    }
}
