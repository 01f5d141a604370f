package org.learningledger.infra;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Seeds the demo organisation and its story ({@link DemoStory}) through the public command API, as the
 * demo users themselves would. Every id is fixed and a 409 (already done, or a rule that says so, such
 * as a tier already reached) counts as done, so running it twice changes nothing.
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
        new DemoStory(this::post).tell();
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
