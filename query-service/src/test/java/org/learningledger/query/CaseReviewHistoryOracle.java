package org.learningledger.query;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * {@link CaseReviewOracle}'s history paths for one reader after one batch: the landscape, the NDJSON export and
 * the timelines of the learnings findings cite. Every line names no participant, lead, raiser or answerer.
 */
final class CaseReviewHistoryOracle {

    private static final Set<String> PEOPLE_FIELDS = Set.of("leadId", "participants", "raisedBy", "answeredBy",
            "citedBy", "approverId", "proposedBy", "reviewedBy");

    private final GeneratedHistory history;
    private final int batch;
    private final VisibilityOracle oracle;
    private final String reader;
    private final Predicate<GeneratedCaseReviews.Review> seesSnapshot;
    private final Predicate<GeneratedCaseReviews.Review> readsSnapshot;
    private final Predicate<GeneratedCaseReviews.Challenge> seesChallenge;

    /**
     * {@code seesSnapshot}: the reader gets at least the fact of a review's publication; {@code readsSnapshot}: its
     * content too; {@code seesChallenge}: a challenge with its answers.
     */
    CaseReviewHistoryOracle(GeneratedHistory history, int batch, VisibilityOracle oracle, String reader,
            Predicate<GeneratedCaseReviews.Review> seesSnapshot, Predicate<GeneratedCaseReviews.Review> readsSnapshot,
            Predicate<GeneratedCaseReviews.Challenge> seesChallenge) {
        this.history = history;
        this.batch = batch;
        this.oracle = oracle;
        this.reader = reader;
        this.seesSnapshot = seesSnapshot;
        this.readsSnapshot = readsSnapshot;
        this.seesChallenge = seesChallenge;
    }

    void check(String token) {
        GeneratedCaseReviews generated = history.caseReviews;
        Set<String> ours = new TreeSet<>();
        generated.reviews.forEach(r -> ours.add(r.id.toString()));
        generated.challenges.forEach(c -> ours.add(c.id.toString()));

        Set<String> landscape = new TreeSet<>();
        Set<String> export = new TreeSet<>();
        for (GeneratedCaseReviews.Review r : generated.reviews) {
            if (seesSnapshot.test(r)) {
                export.add(r.id + " case-review " + r.tier + (readsSnapshot.test(r) ? " finding " + r.id : " fact"));
            }
            if (readsSnapshot.test(r)) {
                landscape.add(r.id + " " + r.tier);
            }
        }
        for (GeneratedCaseReviews.Challenge c : generated.challenges) {
            if (seesChallenge.test(c)) {
                landscape.add(c.id + " " + c.tier + " " + (c.answeredAt(batch) ? "KEPT" : "null"));
                export.add(c.id + " challenge " + c.tier + " null");
                if (c.answeredAt(batch)) {
                    export.add(c.id + " challenge-answered " + c.tier + " KEPT");
                }
            }
        }
        oracle.expect(reader, token, "/api/landscape?asOf=" + Instant.now().plusSeconds(1), true, null,
                json -> landscape(json, ours), landscape);
        oracle.expectAnswer(reader, token, "/api/history/events", 200, body -> export(body, ours), export);
        timelines(token);
    }

    /** Each cited learning's timeline, where the reader gets it: the findings citing it whose snapshot is theirs. */
    private void timelines(String token) {
        Set<UUID> cited = history.caseReviews.reviews.stream().map(r -> r.cites).filter(id -> id != null)
                .collect(Collectors.toSet());
        for (UUID learning : cited) {
            Set<String> expected = history.caseReviews.reviews.stream()
                    .filter(r -> learning.equals(r.cites) && readsSnapshot.test(r))
                    .map(r -> r.id + " " + r.finding + " " + r.tier + " finding " + r.id)
                    .collect(Collectors.toCollection(TreeSet::new));
            oracle.expectIfFound(reader, token, "/api/learnings/" + learning + "/timeline", json -> {
                Set<String> findings = new TreeSet<>();
                json.path("entries").forEach(e -> {
                    if (VisibilityOracle.text(e, "kind").equals("finding")) {
                        findings.add(leaked(e) + VisibilityOracle.text(e, "caseReviewId") + " "
                                + VisibilityOracle.text(e, "findingId") + " " + VisibilityOracle.text(e, "tier") + " "
                                + VisibilityOracle.text(e, "text"));
                    }
                });
                return findings;
            }, expected);
        }
    }

    private static Set<String> landscape(JsonNode json, Set<String> ours) {
        Set<String> lines = new TreeSet<>();
        json.path("caseReviews").forEach(r -> {
            if (ours.contains(VisibilityOracle.text(r, "caseReviewId"))) {
                lines.add(leaked(r) + VisibilityOracle.text(r, "caseReviewId") + " " + VisibilityOracle.text(r, "tier"));
            }
        });
        json.path("challenges").forEach(c -> {
            if (ours.contains(VisibilityOracle.text(c, "challengeId"))) {
                lines.add(leaked(c) + VisibilityOracle.text(c, "challengeId") + " " + VisibilityOracle.text(c, "tier")
                        + " " + VisibilityOracle.text(c, "answer"));
            }
        });
        return lines;
    }

    /** Lines of this history's reviews and challenges: what, at which tier, and the content a reader got. */
    private static Object export(String body, Set<String> ours) {
        Set<String> lines = new TreeSet<>();
        for (String text : (body == null ? "" : body).split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            JsonNode line = Api.json(text);
            String review = VisibilityOracle.text(line, "case_review_id");
            String challenge = VisibilityOracle.text(line, "challenge_id");
            String kind = VisibilityOracle.text(line, "kind");
            if (ours.contains(review)) {
                JsonNode findings = line.path("content").path("findings");
                lines.add(leaked(line.path("content")) + review + " " + kind + " " + VisibilityOracle.text(line, "tier")
                        + (line.has("content") ? " " + VisibilityOracle.text(findings.path(0), "text") : " fact"));
            } else if (ours.contains(challenge)) {
                lines.add(leaked(line.path("content")) + challenge + " " + kind + " "
                        + VisibilityOracle.text(line, "tier") + " " + VisibilityOracle.text(line, "result"));
            } else if (ours.contains(VisibilityOracle.text(line, "experiment_id"))) {
                lines.add("a review or challenge as an experiment: " + text);
            }
        }
        return lines;
    }

    private static String leaked(JsonNode node) {
        for (String field : PEOPLE_FIELDS) {
            if (node.has(field)) {
                return "LEAKED " + field + " ";
            }
        }
        return "";
    }
}
