package org.learningledger.infra.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.learningledger.events.LedgerJson;
import tools.jackson.databind.JsonNode;

/** One person at the public APIs of a {@link LocalStack}, with a token of its issuer: status and body of each call. */
final class CanaryApi {

    record Answer(int status, String body) {
        JsonNode json() {
            return LedgerJson.mapper().readTree(body);
        }

        Answer require(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + ", got " + status + ": " + body);
            }
            return this;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final LocalStack stack;
    private final String token;

    CanaryApi(LocalStack stack, String user, String... roles) {
        this.stack = stack;
        this.token = stack.issuer.token(user, List.of(roles));
    }

    Answer post(String path, String json) {
        return send("POST", stack.commandUrl(path), json, "application/json");
    }

    Answer put(String path, String json) {
        return send("PUT", stack.commandUrl(path), json, "application/json");
    }

    /** A query-service read, with {@code Accept}. */
    Answer read(String path, String accept) {
        return send("GET", stack.queryUrl(path), null, accept);
    }

    Answer read(String path) {
        return read(path, "application/json");
    }

    Answer postQuery(String path, String json) {
        return send("POST", stack.queryUrl(path), json, "application/json");
    }

    private Answer send(String method, String url, String json, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", accept)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            // a whole answer within a minute, streamed ones included (the request timeout covers the headers only)
            HttpResponse<String> response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                    .get(60, TimeUnit.SECONDS);
            return new Answer(response.statusCode(), response.body());
        } catch (ExecutionException | TimeoutException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }
}
