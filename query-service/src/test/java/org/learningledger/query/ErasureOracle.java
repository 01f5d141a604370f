package org.learningledger.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * After a generated history's erase step: no reader gets an erased text on any query path (the
 * exports in both formats included; the feed is served from the read models, which are searched
 * whole), and a member of the owning team finds null with erasedAt and erasedBy where it was.
 */
final class ErasureOracle {

    final List<String> problems = new ArrayList<>();
    int requests;

    private final GeneratedHistory history;
    private final Api api;

    ErasureOracle(GeneratedHistory history, Api api) {
        this.history = history;
        this.api = api;
    }

    void check(String reader, List<String> roles) {
        String token = TestTokens.token(reader, roles.toArray(String[]::new));
        List<String> paths = new ArrayList<>(List.of("/api/learnings", "/api/landscape"));
        history.teams.forEach(t -> paths.add("/api/teams/" + t.id() + "/experiments"));
        history.experiments.forEach(e -> paths.add("/api/experiments/" + e.id()));
        history.learnings.learnings.forEach(l -> {
            paths.add("/api/learnings/" + l.id);
            paths.add("/api/learnings/" + l.id + "/timeline");
        });
        paths.add("/api/feed?follow=false");
        history.reports.lessons.forEach(l -> {
            paths.add("/api/lessons/" + l.id());
            paths.add("/api/lessons/" + l.id() + "/timeline");
        });
        for (String path : paths) {
            noErasedText(reader, path, get(path, token, Map.of()));
        }
        lessonReadersSeeTheFact(reader, token);
        requests += (int) history.erasures.erased.stream().filter(e -> e.kind().equals("experiment")).count();
        problems.addAll(SearchOracle.erasedNeverFound(history, api, reader, token));
        for (String accept : List.of("application/x-ndjson", "text/csv")) {
            noErasedText(reader, "export " + accept, get("/api/history/events", token, Map.of("Accept", accept)));
        }
        for (GeneratedErasures.Erased erased : history.erasures.erased) {
            if (history.members.get(1).getOrDefault(erased.teamId(), Set.of()).contains(reader)) {
                ownTeamSeesTheFact(reader, token, erased);
            }
        }
    }

    /** Whoever reads an erased approved lesson finds it in its place on its timeline: no title, erasedAt. */
    private void lessonReadersSeeTheFact(String reader, String token) {
        OracleReader rights = OracleReader.of(history, 1, reader);
        ReportOracle lessons = new ReportOracle(history, 1, null, rights);
        for (GeneratedErasures.Erased erased : history.erasures.erased) {
            history.reports.lessons.stream().filter(l -> erased.kind().equals("lesson") && l.id().equals(erased.id())
                    && l.approvedAt(1) && lessons.readsApproved(l, ReportOracle.reviews(history, 1, reader)))
                    .forEach(l -> {
                        JsonNode entry = Api.json(get("/api/lessons/" + l.id() + "/timeline", token, Map.of()))
                                .path("entries").path(0);
                        if (entry.has("title") || !entry.path("erasedBy").asString().equals(erased.by())) {
                            problems.add(reader + " on lesson " + l.id() + ": not in its place with erasedAt: " + entry);
                        }
                    });
        }
    }

    private void ownTeamSeesTheFact(String reader, String token, GeneratedErasures.Erased erased) {
        String where = reader + " (owning team) on " + erased.kind() + " " + erased.id() + ": ";
        if (erased.kind().equals("revision")) {
            JsonNode learning = Api.json(get("/api/learnings/" + erased.id(), token, Map.of()));
            for (JsonNode version : learning.path("versions")) {
                if (erased.versions().contains(version.path("version").asInt())
                        && !(version.path("snapshot").path("title").isNull() && version.hasNonNull("erasedAt")
                        && version.path("erasedBy").asString().equals(erased.by()))) {
                    problems.add(where + "version " + version.path("version") + " is not null with erasedAt: " + version);
                }
            }
            return;
        }
        JsonNode experiment = Api.json(get("/api/experiments/" + erased.id(), token, Map.of()));
        if (erased.kind().equals("experiment") && !(experiment.path("question").isNull()
                && experiment.hasNonNull("erasedAt") && experiment.path("erasedBy").asString().equals(erased.by()))) {
            problems.add(where + "question not null with erasedAt: " + experiment);
        }
        for (JsonNode observation : experiment.path("observations")) {
            boolean erasedHere = erased.kind().equals("experiment")
                    || observation.path("observationId").asString().equals(erased.part());
            if (erasedHere && !(observation.path("text").isNull() && observation.hasNonNull("erasedAt"))) {
                problems.add(where + "observation not null with erasedAt: " + observation);
            }
        }
    }

    private void noErasedText(String reader, String path, ResponseEntity<String> answer) {
        String body = answer.getBody() == null ? "" : answer.getBody();
        for (GeneratedErasures.Erased erased : history.erasures.erased) {
            for (String text : erased.texts()) {
                if (body.contains(text)) {
                    problems.add(reader + " gets erased text '" + text + "' of " + erased.kind() + " " + erased.id()
                            + " on " + path);
                }
            }
        }
    }

    private ResponseEntity<String> get(String path, String token, Map<String, String> headers) {
        requests++;
        return api.get(path, token, headers);
    }

    /** Every erased text, to look for in the read models as a whole. */
    static List<String> texts(GeneratedHistory history) {
        return history.erasures.erased.stream().flatMap(e -> e.texts().stream()).toList();
    }
}
