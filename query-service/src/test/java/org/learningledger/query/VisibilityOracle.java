package org.learningledger.query;

import static org.learningledger.query.Api.withoutInstance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Asks every query path as one reader and judges each answer by the "Who sees what" table applied
 * to the generated history: team-private work is visible to current members of the owning team
 * only; everyone else gets exactly the 404 that an unknown id gets. Reports and lessons are judged
 * by {@link ReportOracle}. Collects what is wrong.
 */
final class VisibilityOracle {

    /** The 404 answers for ids nobody has used, which hidden resources must equal. */
    record Missing(String team, String experiment, String learning, ReportOracle.Missing reports,
                   CaseReviewOracle.Missing caseReviews) {
    }

    final List<String> problems = new ArrayList<>();
    int requests;

    private final GeneratedHistory history;
    private final int batch;
    private final Api api;
    private final Missing missing;
    private final long feedStart;

    /** {@code feedStart}: the feed's last position before the history was sent. */
    VisibilityOracle(GeneratedHistory history, int batch, Api api, Missing missing, long feedStart) {
        this.history = history;
        this.batch = batch;
        this.api = api;
        this.missing = missing;
        this.feedStart = feedStart;
    }

    void check(String reader, List<String> roles) {
        String token = TestTokens.token(reader, roles.toArray(String[]::new));
        Stream.concat(history.teams.stream().map(GeneratedHistory.Team::id), history.ghostTeams.stream()).forEach(team -> {
            List<String> expected = history.experiments.stream().filter(e -> e.teamId().equals(team))
                    .sorted(Comparator.comparingLong(GeneratedHistory.Experiment::proposedAt).reversed())
                    .map(e -> e.id() + " " + e.status()).toList();
            expect(reader, token, "/api/teams/" + team + "/experiments", isMember(reader, team), missing.team(),
                    json -> elements(json).stream().map(e -> text(e, "id") + " " + text(e, "status")).toList(), expected);
        });
        for (GeneratedHistory.Experiment e : history.experiments) {
            String expected = String.join("|", e.id().toString(), e.teamId().toString(), e.status(),
                    Objects.toString(e.decision()), Objects.toString(e.abandonReason()), e.observations().toString(),
                    Objects.toString(withdrawn(e.basedOn())));
            expect(reader, token, "/api/experiments/" + e.id(), isMember(reader, e.teamId()), missing.experiment(),
                    json -> String.join("|", text(json, "id"), text(json, "teamId"), text(json, "status"),
                            text(json, "decision"), text(json, "abandonReason"),
                            elements(json.path("observations")).stream().map(o -> text(o, "observationId")).toList()
                                    .toString(), text(json.path("withdrawalNotice"), "learningId")), expected);
            expect(reader, token, "/api/experiments/" + e.id() + "/measures", isMember(reader, e.teamId()),
                    missing.experiment(), json -> elements(json.path("measures")).stream()
                            .map(m -> text(m, "measureId")).toList().toString(), e.measures().toString());
        }
        expect(reader, token, "/api/me", true, null, json -> json.toString(), expectedMe(reader, roles));
        new LearningOracle(history, batch, this, OracleReader.of(history, batch, reader), token)
                .check(missing.learning(), missing.team(), feedStart);
        new ReportOracle(history, batch, this, OracleReader.of(history, batch, reader)).check(token, missing.reports());
        new SearchOracle(history, batch, this, OracleReader.of(history, batch, reader), token).check(batch);
        new CaseReviewOracle(history, batch, this, OracleReader.of(history, batch, reader))
                .check(token, missing.caseReviews(), feedStart);
    }

    /** The learning, if it was withdrawn by this batch: the experiment's withdrawal notice names it. */
    private UUID withdrawn(UUID learning) {
        return history.learnings.learnings.stream().filter(l -> l.id.equals(learning) && l.withdrawnAt(batch))
                .findFirst().map(l -> l.id).orElse(null);
    }

    /** The directory is the same for every reader: asked once per batch, it must list the history's all. */
    void checkDirectory(String reader) {
        String token = TestTokens.token(reader);
        expect(reader, token, "/api/teams", true, null, json -> elements(json).stream().map(JsonNode::toString)
                .toList().containsAll(history.teams.stream().map(VisibilityOracle::teamJson).toList()), true);
        expect(reader, token, "/api/regions", true, null, json -> elements(json).stream().map(JsonNode::toString)
                .toList().containsAll(history.regions.stream().map(VisibilityOracle::regionJson).toList()), true);
    }

    private boolean isMember(String reader, UUID team) {
        return history.members.get(batch).getOrDefault(team, Set.of()).contains(reader);
    }

    private String expectedMe(String reader, List<String> roles) {
        List<String> teams = history.teams.stream().filter(t -> isMember(reader, t.id()))
                .sorted(Comparator.comparing(GeneratedHistory.Team::name)).map(VisibilityOracle::teamJson).toList();
        List<String> regions = history.regions.stream()
                .filter(r -> history.stewardOf.getOrDefault(reader, Set.of()).contains(r.id()))
                .sorted(Comparator.comparing(GeneratedHistory.Region::name)).map(VisibilityOracle::regionJson).toList();
        return "{\"userId\":\"" + reader + "\",\"teams\":[" + String.join(",", teams) + "],\"stewardOf\":["
                + String.join(",", regions) + "],\"reviews\":["
                + String.join(",", ReportOracle.reviewsJson(history, batch, reader)) + "],\"analyst\":"
                + history.analysts.contains(reader) + ",\"roles\":["
                + String.join(",", roles.stream().sorted().map(r -> "\"" + r + "\"").toList()) + "]}";
    }

    /** Visible: 200 and {@code view(body)} equals {@code expected}. Hidden: the missing answer, to the byte. */
    void expect(String reader, String token, String path, boolean visible, String missingBody,
            Function<JsonNode, Object> view, Object expected) {
        requests++;
        ResponseEntity<String> response = api.get(path, token);
        int status = response.getStatusCode().value();
        String body = response.getBody();
        if (!visible) {
            if (status != 404 || !Objects.equals(withoutInstance(body), missingBody)) {
                problems.add(describe(reader, path, "the 404 of a missing id " + missingBody, status + " " + body));
            }
        } else if (status != 200 || !Objects.equals(view.apply(Api.json(response)), expected)) {
            problems.add(describe(reader, path, "200 with " + expected, status + " " + body));
        }
    }

    /** Exactly {@code status}, and {@code view(body)} equals {@code expected}. */
    void expectAnswer(String reader, String token, String path, int status, Function<String, Object> view,
            Object expected) {
        requests++;
        ResponseEntity<String> response = api.get(path, token);
        Object actual;
        try {
            actual = response.getStatusCode().value() == status ? view.apply(response.getBody()) : null;
        } catch (RuntimeException e) {
            actual = e.toString();
        }
        if (!Objects.equals(actual, expected)) {
            problems.add(describe(reader, path, status + " with " + expected, response.getStatusCode().value() + " "
                    + response.getBody()));
        }
    }

    /**
     * Where another oracle decides whether the reader gets the resource at all (a learning's timeline): a 404 is
     * left to it; a 200 must have {@code view(body)} equal to {@code expected}.
     */
    void expectIfFound(String reader, String token, String path, Function<JsonNode, Object> view, Object expected) {
        requests++;
        ResponseEntity<String> response = api.get(path, token);
        int status = response.getStatusCode().value();
        if (status != 404 && (status != 200 || !Objects.equals(view.apply(Api.json(response)), expected))) {
            problems.add(describe(reader, path, "404, or 200 with " + expected, status + " " + response.getBody()));
        }
    }

    private String describe(String reader, String path, String expected, String actual) {
        return "batch " + (batch + 1) + ", reader " + reader + ", GET " + path + ": expected " + expected + ", got " + actual;
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static String text(JsonNode node, String field) {
        return node.path(field).isNull() || node.path(field).isMissingNode() ? "null" : node.path(field).asString();
    }

    private static String teamJson(GeneratedHistory.Team t) {
        return "{\"teamId\":\"" + t.id() + "\",\"name\":\"" + t.name() + "\",\"regionId\":\"" + t.regionId()
                + "\",\"focus\":\"" + t.focus() + "\"}";
    }

    private static String regionJson(GeneratedHistory.Region r) {
        return "{\"regionId\":\"" + r.id() + "\",\"name\":\"" + r.name() + "\"}";
    }
}
