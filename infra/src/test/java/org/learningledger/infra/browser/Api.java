package org.learningledger.infra.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.learningledger.events.LedgerJson;
import org.learningledger.infra.DemoOrganisation;
import tools.jackson.databind.JsonNode;

/** What another person does meanwhile, through the public API: a team publishes while a steward watches. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BrowserStack stack;
    private final String token;

    Api(BrowserStack stack, String user) {
        this.stack = stack;
        this.token = stack.issuer.token(user, DemoOrganisation.user(user).orElseThrow().roles());
    }

    /** A learning drafted by {@code team}; returns its id. */
    UUID draft(UUID team, String title, String summary) {
        UUID id = UUID.randomUUID();
        String body = LedgerJson.mapper().writeValueAsString(Map.of("learningId", id.toString(), "title", title,
                "summary", summary, "practice", "Meet each parent alone before the first joint meeting.",
                "context", "Families in parental conflict", "evidence", List.of()));
        require(send("POST", stack.commandUrl("/api/teams/" + team + "/learnings"), body), 201);
        return id;
    }

    /** A learning drafted by {@code team} with {@code experiment} as its evidence; returns its id. */
    UUID draftCiting(UUID team, String title, UUID experiment) {
        UUID id = UUID.randomUUID();
        String body = LedgerJson.mapper().writeValueAsString(Map.of("learningId", id.toString(), "title", title,
                "summary", "Families waited fewer days once the first call came within two days.",
                "practice", "Call the family within two days of the report.", "context", "Families in parental conflict",
                "evidence", List.of(experiment.toString())));
        require(send("POST", stack.commandUrl("/api/teams/" + team + "/learnings"), body), 201);
        return id;
    }

    /** A learning drafted by {@code team} that validates {@code validated} with {@code result}; returns its id. */
    UUID draftValidation(UUID team, String title, UUID validated, String result) {
        UUID id = UUID.randomUUID();
        String body = LedgerJson.mapper().writeValueAsString(Map.of("learningId", id.toString(), "title", title,
                "summary", "We tried it with our families.", "practice", "Meet each parent alone before the first joint meeting.",
                "context", "Families in parental conflict", "evidence", List.of(), "validates", validated.toString(),
                "result", result));
        require(send("POST", stack.commandUrl("/api/teams/" + team + "/learnings"), body), 201);
        return id;
    }

    void publish(UUID learning, String tier) {
        require(send("POST", stack.commandUrl("/api/learnings/" + learning + "/publications"), "{\"tier\":\"" + tier + "\"}"), 201);
    }

    void withdraw(UUID learning, String reason) {
        String body = LedgerJson.mapper().writeValueAsString(Map.of("reason", reason));
        require(send("POST", stack.commandUrl("/api/learnings/" + learning + "/withdrawal"), body), 200);
    }

    UUID propose(UUID team, String question) {
        UUID id = UUID.randomUUID();
        String body = LedgerJson.mapper().writeValueAsString(Map.of("experimentId", id.toString(), "question", question,
                "prediction", "Calmer meetings", "plan", "Try it with the next five families", "measures", "Escalations"));
        require(send("POST", stack.commandUrl("/api/teams/" + team + "/experiments"), body), 201);
        return id;
    }

    void start(UUID experiment) {
        require(send("POST", stack.commandUrl("/api/experiments/" + experiment + "/start"), null), 200);
    }

    /** GET on the query API until {@code done} holds (the read side follows within moments). */
    JsonNode awaitQuery(String path, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send("GET", stack.queryUrl(path), null);
            if (response.statusCode() == 200) {
                last = LedgerJson.mapper().readTree(response.body());
                if (done.test(last)) {
                    return last;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("GET " + path + " did not get there within 45 s; last answer: " + last);
    }

    private HttpResponse<String> send(String method, String url, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }
}
