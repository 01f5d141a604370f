package org.learningledger.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.learningledger.infra.LocalIssuer;

/**
 * Who sends commands and what they send: teams of members registered through the admin API, and experiments
 * driven through their life one command (one event) at a time: propose, start, then observations. An experiment
 * takes {@code observations} observations and is then left for a new one, so aggregates stay as short as real
 * ones and the mix stays 1 event per command.
 */
final class Workload {

    record Actor(String user, UUID team, String token) {
    }

    /** One command: where it goes, its body, and the observation it records (null for propose and start). */
    record Command(String path, String body, UUID observation) {
    }

    /** An experiment in progress; used by one request at a time. */
    final class Slot {
        final Actor actor;
        UUID experiment;
        int step;

        Slot(Actor actor) {
            this.actor = actor;
            renew();
        }

        void renew() {
            experiment = UUID.randomUUID();
            step = 0;
        }

        Command next() {
            if (step == 0) {
                return new Command("/api/teams/" + actor.team() + "/experiments", """
                        {"experimentId":"%s","question":"Does a shared agenda shorten case conferences?",
                         "prediction":"Shorter conferences","plan":"Write it with both parents","measures":"Minutes"}"""
                        .formatted(experiment), null);
            }
            if (step == 1) {
                return new Command("/api/experiments/" + experiment + "/start", null, null); // POST, no body
            }
            UUID observation = UUID.randomUUID();
            return new Command("/api/experiments/" + experiment + "/observations", """
                    {"observationId":"%s","kind":"CHILD_VOICE","text":"They asked me first, that was good."}"""
                    .formatted(observation), observation);
        }

        /** After an acknowledged command; true when the experiment is started (readable with observations). */
        boolean advance() {
            if (++step >= observations + 2) {
                renew();
            }
            return step >= 2;
        }
    }

    private final List<Actor> actors = new ArrayList<>();
    private final int observations;
    private int nextActor;
    /** The region every team is in, and an administrator's token (the feed phase appoints stewards). */
    UUID region;
    String admin;

    private Workload(int observations) {
        this.observations = observations;
    }

    /** Registers a region, {@code teams} teams of {@code members} members each, as an administrator would. */
    static Workload register(HttpClient http, String commandUrl, LocalIssuer issuer, int teams, int members,
                             int observations) throws Exception {
        Workload workload = new Workload(observations);
        String admin = issuer.token("bench-admin", List.of("admin"));
        UUID region = UUID.randomUUID();
        workload.region = region;
        workload.admin = admin;
        post(http, commandUrl + "/api/regions", admin, "{\"regionId\":\"" + region + "\",\"name\":\"Bench region\"}");
        for (int t = 0; t < teams; t++) {
            UUID team = UUID.randomUUID();
            post(http, commandUrl + "/api/teams", admin, "{\"teamId\":\"%s\",\"regionId\":\"%s\",\"name\":\"Team %d\",\"focus\":\"child-safety\"}"
                    .formatted(team, region, t));
            for (int m = 0; m < members; m++) {
                String user = "bench-" + t + "-" + m;
                post(http, commandUrl + "/api/teams/" + team + "/members", admin, "{\"userId\":\"" + user + "\"}");
                workload.actors.add(new Actor(user, team, issuer.token(user, List.of())));
            }
        }
        return workload;
    }

    Actor actor(int i) {
        return actors.get(i);
    }

    synchronized Slot newSlot() {
        return new Slot(actors.get(nextActor++ % actors.size()));
    }

    static HttpRequest request(String url, String token, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        // body null: a GET; "": a POST without a body (start)
        return body == null ? builder.GET().build()
                : builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /**
     * One setup command, sent again (up to 3 times) when the connection failed without an answer: after the overload
     * phase the client's pool holds connections the server has closed, and a POST on one of them gets "no bytes".
     */
    static void post(HttpClient http, String url, String token, String body) throws Exception {
        HttpResponse<String> response;
        for (int attempt = 1; ; attempt++) {
            try {
                response = http.send(request(url, token, body), HttpResponse.BodyHandlers.ofString());
                break;
            } catch (java.io.IOException e) {
                if (attempt == 3) {
                    throw e;
                }
                Thread.sleep(100L * attempt);
            }
        }
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
