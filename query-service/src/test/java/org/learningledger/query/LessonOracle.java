package org.learningledger.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learningledger.events.report.ReportKind;
import tools.jackson.databind.JsonNode;

/**
 * Judges the paths where an approved lesson reads like a learning, for one reader after one batch: the
 * feed's backlog, the landscape, the lesson's timeline and the NDJSON export hold exactly the approved
 * lessons the reader may see ({@link ReportOracle#readsApproved}), never a draft, a report id or a reviewer;
 * and the report figures: analysts every region, reviewers their regions, per kind with no number below 5;
 * everyone else the 404 of a path that does not exist.
 */
final class LessonOracle {

    private final GeneratedHistory history;
    private final int batch;
    private final VisibilityOracle oracle;
    private final OracleReader rights;
    private final ReportOracle reports;

    LessonOracle(GeneratedHistory history, int batch, VisibilityOracle oracle, OracleReader rights,
            ReportOracle reports) {
        this.history = history;
        this.batch = batch;
        this.oracle = oracle;
        this.rights = rights;
        this.reports = reports;
    }

    void check(String token, ReportOracle.Missing missing) {
        Set<UUID> reviews = ReportOracle.reviews(history, batch, rights.id());
        List<GeneratedReports.Lesson> seen = history.reports.lessons.stream()
                .filter(l -> l.approvedAt(batch) && reports.readsApproved(l, reviews)).toList();
        Set<String> expected = seen.stream().map(l -> l.id() + " " + l.tier() + " lesson " + l.id())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> ours = history.reports.lessons.stream().map(l -> l.id().toString()).collect(Collectors.toSet());
        if (rights.readsAny() || !reviews.isEmpty()) {
            oracle.expectAnswer(rights.id(), token, "/api/feed?follow=false", 200, body -> feed(body, ours), expected);
        }
        oracle.expect(rights.id(), token, "/api/landscape?asOf=" + Instant.now().plusSeconds(1), true, null,
                json -> lines(json.path("lessons"), ours, "lessonId", "tier", "title"), expected);
        oracle.expectAnswer(rights.id(), token, "/api/history/events", 200, body -> export(body, ours), expected);
        List<UUID> ids = new ArrayList<>(history.reports.lessons.stream().map(GeneratedReports.Lesson::id).toList());
        ids.add(UUID.randomUUID());
        for (UUID id : ids) {
            boolean visible = seen.stream().anyMatch(l -> l.id().equals(id));
            String tier = seen.stream().filter(l -> l.id().equals(id)).map(l -> l.tier().name()).findFirst().orElse("");
            oracle.expect(rights.id(), token, "/api/lessons/" + id + "/timeline", visible, missing.lesson(),
                    json -> lines(json.path("entries"), null, "kind", "tier", "title"),
                    Set.of("approved " + tier + " lesson " + id));
        }
        figures(token, reviews, missing.figures());
    }

    /** Analysts: every region of the history; reviewers: theirs; each with every kind, small cells bare. */
    private void figures(String token, Set<UUID> reviews, String missing) {
        boolean analyst = rights.analyst();
        Set<UUID> regions = history.regions.stream().map(GeneratedHistory.Region::id)
                .filter(r -> analyst || reviews.contains(r)).collect(Collectors.toSet());
        Set<String> expected = new TreeSet<>();
        for (UUID region : regions) {
            for (ReportKind kind : ReportKind.values()) {
                long n = history.reports.reports.stream()
                        .filter(r -> r.batch() <= batch && r.regionId().equals(region) && r.kind() == kind).count();
                expected.add(region + " " + kind + " " + (n >= 5 ? n + " false" : "null true"));
            }
        }
        Set<String> historyRegions = history.regions.stream().map(r -> r.id().toString()).collect(Collectors.toSet());
        oracle.expect(rights.id(), token, "/api/reports/figures", analyst || !reviews.isEmpty(), missing, json -> {
            Set<String> cells = new TreeSet<>();
            json.path("cells").forEach(c -> {
                String region = VisibilityOracle.text(c, "regionId");
                if (!analyst && !reviews.contains(UUID.fromString(region))) {
                    cells.add("a region the reader does not review: " + c);
                } else if (historyRegions.contains(region)) {
                    cells.add(region + " " + VisibilityOracle.text(c, "kind") + " " + VisibilityOracle.text(c, "reports")
                            + " " + VisibilityOracle.text(c, "fewerThan5"));
                }
            });
            return cells;
        }, expected);
    }

    /** The lessons of the feed's backlog: each once, with no report, reviewer, team or learning. */
    private static Object feed(String body, Set<String> ours) {
        Set<String> received = new TreeSet<>();
        for (SseClient.Event event : SseClient.parse(body == null ? "" : body)) {
            if (event.name().equals("lesson")) {
                JsonNode data = Api.json(event.data());
                if (ours.contains(VisibilityOracle.text(data, "lessonId"))) {
                    String line = leaked(data) + VisibilityOracle.text(data, "lessonId") + " "
                            + VisibilityOracle.text(data, "tier") + " " + VisibilityOracle.text(data, "title");
                    if (!received.add(line)) {
                        return "twice: " + line;
                    }
                }
            }
        }
        return received;
    }

    private static Object export(String body, Set<String> ours) {
        Set<String> lines = new TreeSet<>();
        for (String text : (body == null ? "" : body).split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            JsonNode line = Api.json(text);
            if (VisibilityOracle.text(line, "kind").equals("lesson") && ours.contains(VisibilityOracle.text(line, "lesson_id"))) {
                lines.add(leaked(line.path("content")) + VisibilityOracle.text(line, "lesson_id") + " "
                        + VisibilityOracle.text(line, "tier") + " " + VisibilityOracle.text(line, "title"));
            } else if (ours.contains(VisibilityOracle.text(line, "experiment_id"))) {
                lines.add("a lesson as an experiment: " + text);
            }
        }
        return lines;
    }

    /** Of items whose first field is one of {@code ours} (null: every item), the fields named. */
    private static Set<String> lines(JsonNode array, Set<String> ours, String... fields) {
        Set<String> lines = new TreeSet<>();
        array.forEach(item -> {
            if (ours == null || ours.contains(VisibilityOracle.text(item, fields[0]))) {
                lines.add(leaked(item) + String.join(" ", java.util.Arrays.stream(fields)
                        .map(f -> VisibilityOracle.text(item, f)).toList()));
            }
        });
        return lines;
    }

    /** What a lesson never carries outside its region's reviewers: the report, a reviewer, a team. */
    private static String leaked(JsonNode node) {
        for (String field : List.of("reportId", "approverId", "reviewerId", "draftedBy", "teamId", "learningId")) {
            if (node.has(field)) {
                return "LEAKED " + field + " ";
            }
        }
        return "";
    }
}
