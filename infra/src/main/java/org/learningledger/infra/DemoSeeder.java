package org.learningledger.infra;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Seeds the demo organisation and a few experiments at different stages through the public
 * command API, as the demo users themselves would. Every id is fixed and a 409 (already done)
 * counts as done, so running it twice changes nothing.
 */
public final class DemoSeeder {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String commandUrl;
    private final LocalIssuer issuer;

    DemoSeeder(String commandUrl, LocalIssuer issuer) {
        this.commandUrl = commandUrl;
        this.issuer = issuer;
    }

    void seed() throws Exception {
        for (DemoOrganisation.Region region : DemoOrganisation.REGIONS) {
            post("admin", "/api/regions", "{\"regionId\":\"%s\",\"name\":\"%s\"}".formatted(region.id(), region.name()));
            post("admin", "/api/regions/" + region.id() + "/stewards", user(region.steward()));
        }
        for (DemoOrganisation.Team team : DemoOrganisation.TEAMS) {
            post("admin", "/api/teams", "{\"teamId\":\"%s\",\"regionId\":\"%s\",\"name\":\"%s\",\"focus\":\"%s\"}"
                    .formatted(team.id(), team.region().id(), team.name(), team.focus()));
            for (String member : team.members()) {
                post("admin", "/api/teams/" + team.id() + "/members", user(member));
            }
        }
        post("admin", "/api/analysts", user(DemoOrganisation.ANALYST));
        for (String reviewer : DemoOrganisation.PARDUBICE_REVIEWERS) {
            post("admin", "/api/regions/" + DemoOrganisation.PARDUBICE.id() + "/reviewers", user(reviewer));
        }
        experiments();
    }

    private void experiments() throws Exception {
        UUID team = DemoOrganisation.PARDUBICE_CONFLICT.id();
        UUID planned = DemoOrganisation.id("31");
        UUID running = DemoOrganisation.id("32");
        UUID concluded = DemoOrganisation.id("33");
        propose("jana", team, planned, "Does meeting each parent separately first lower conflict in joint meetings?");
        propose("tomas", team, running, "Do short video calls between visits keep parents engaged?");
        DemoMeasure.seed(this::post, running);
        observe("tomas", running, DemoOrganisation.id("41"), "NOTE", "Two of three families joined every call.");
        observe("jana", running, DemoOrganisation.id("42"), "CHILD_VOICE", "It was nice that mum and dad both talked to you.");
        propose("jana", team, concluded, "Does a shared agenda written with both parents shorten case conferences?");
        post("jana", "/api/experiments/" + concluded + "/start", null);
        observe("jana", concluded, DemoOrganisation.id("43"), "FAMILY_VOICE", "We finally knew what the meeting was for.");
        post("jana", "/api/experiments/" + concluded + "/conclusion",
                "{\"decision\":\"ADAPT\",\"summary\":\"Shorter conferences when both parents wrote the agenda; needs an interpreter for one family.\"}");
        UUID abandoned = DemoOrganisation.id("34");
        propose("lucie", DemoOrganisation.JIHLAVA_CONFLICT.id(), abandoned, "Do evening visits reach working parents?");
        post("lucie", "/api/experiments/" + abandoned + "/abandonment", "{\"reason\":\"The team could not staff evening visits this winter.\"}");
    }

    private void propose(String who, UUID team, UUID id, String question) throws Exception {
        post(who, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"%s","prediction":"Fewer escalations within six weeks",
                 "plan":"Try it with the next five families","measures":"Escalations per family; what parents say"}"""
                .formatted(id, question));
    }

    private void observe(String who, UUID experiment, UUID id, String kind, String text) throws Exception {
        post(who, "/api/experiments/" + experiment + "/observations",
                "{\"observationId\":\"%s\",\"kind\":\"%s\",\"text\":\"%s\"}".formatted(id, kind, text));
    }

    private static String user(String name) {
        return "{\"userId\":\"" + name + "\"}";
    }

    /** A command of the demo, as one of its users. */
    interface Poster {
        void post(String who, String path, String json) throws Exception;
    }

    private void post(String who, String path, String json) throws Exception {
        String token = issuer.token(who, DemoOrganisation.user(who).orElseThrow().roles());
        HttpRequest request = HttpRequest.newBuilder(URI.create(commandUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && response.statusCode() != 409) {
            throw new IllegalStateException("POST " + path + " as " + who + " answered " + response.statusCode()
                    + ": " + response.body());
        }
    }

    /** {@code --command-url URL --dir ISSUER_DIR}. */
    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        String url = a.get(a.indexOf("--command-url") + 1);
        Path dir = Path.of(a.get(a.indexOf("--dir") + 1));
        new DemoSeeder(url, LocalIssuer.at(dir)).seed();
        System.out.println("demo organisation seeded");
    }
}
