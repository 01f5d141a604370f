package org.learningledger.infra.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.LedgerJson;
import tools.jackson.databind.JsonNode;

/** What a client of the public API does, and nothing more: HTTP calls with JSON bodies. */
final class LedgerClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String commandBase;
    private final String queryBase;
    private final String token;

    /** A client acting as {@code user}, with a token of the stack's own issuer. */
    LedgerClient(LocalStack stack, String user, String... roles) {
        this(stack.commandUrl(""), stack.queryUrl(""), stack.issuer.token(user, List.of(roles)));
    }

    private LedgerClient(String commandBase, String queryBase, String token) {
        this.commandBase = commandBase;
        this.queryBase = queryBase;
        this.token = token;
    }

    /** The same user calling other addresses, e.g. a load balancer's. */
    LedgerClient through(String commandBase, String queryBase) {
        return new LedgerClient(commandBase, queryBase, token);
    }

    /** As an administrator: a region and a team with the given members; returns the team id. */
    UUID teamWithMembers(String... members) {
        UUID region = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        require(post("/api/regions", "{\"regionId\":\"%s\",\"name\":\"Region\"}".formatted(region)));
        require(post("/api/teams", "{\"teamId\":\"%s\",\"regionId\":\"%s\",\"name\":\"Team\",\"focus\":\"parental-conflict\"}"
                .formatted(team, region)));
        for (String member : members) {
            require(post("/api/teams/" + team + "/members", "{\"userId\":\"%s\"}".formatted(member)));
        }
        return team;
    }

    private static void require(int status) {
        if (status >= 300) {
            throw new IllegalStateException("admin call answered " + status);
        }
    }

    int propose(UUID team, UUID experiment) {
        return post("/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"Do joint first visits reduce conflict?",
                 "prediction":"fewer escalations","plan":"two workers at every first visit",
                 "measures":"escalations per family"}""".formatted(experiment));
    }

    int start(UUID experiment) {
        return post("/api/experiments/" + experiment + "/start", null);
    }

    int observe(UUID experiment, String text) {
        return observe(experiment, UUID.randomUUID(), text);
    }

    /** With a client-chosen observation id: sending it again is harmless (the command is idempotent). */
    int observe(UUID experiment, UUID observation, String text) {
        return post("/api/experiments/" + experiment + "/observations", """
                {"observationId":"%s","kind":"CHILD_VOICE","text":"%s"}""".formatted(observation, text));
    }

    /** As an administrator. */
    int addMember(UUID team, String user) {
        return post("/api/teams/" + team + "/members", "{\"userId\":\"%s\"}".formatted(user));
    }

    int conclude(UUID experiment) {
        return post("/api/experiments/" + experiment + "/conclusion", """
                {"decision":"ADAPT","summary":"works when both parents attend"}""");
    }

    /** The experiment as the query side shows it, or null while it is not (yet) there. */
    JsonNode experiment(UUID experiment) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(queryBase + "/api/experiments/" + experiment)).timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? LedgerJson.mapper().readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The HTTP status, or -1 when no answer came (connection refused, reset, timed out). */
    int post(String path, String json) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(commandBase + path))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
