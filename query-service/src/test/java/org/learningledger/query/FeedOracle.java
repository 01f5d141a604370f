package org.learningledger.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Reads the feed's backlog since the history began ({@code follow=false}) as one reader and judges
 * it by the generated facts: per learning, exactly the entries the reader may see, in the order
 * they happened, each once, with positions strictly increasing; a publication in full only where
 * its tier is seen, a validation's link for the validated team, after a withdrawal only its fact.
 */
final class FeedOracle {

    private final GeneratedHistory history;
    private final int batch;
    private final VisibilityOracle oracle;
    private final OracleReader reader;
    private final String token;
    private final long start;

    FeedOracle(GeneratedHistory history, int batch, VisibilityOracle oracle, OracleReader reader, String token,
            long start) {
        this.history = history;
        this.batch = batch;
        this.oracle = oracle;
        this.reader = reader;
        this.token = token;
        this.start = start;
    }

    void check(String query, Predicate<GeneratedLearning> filter) {
        String path = "/api/feed?follow=false&lastEventId=" + start + query;
        // a reviewer who is no member, steward or analyst has a feed of lessons (every NATION lesson reaches them)
        if (!reader.readsAny() && ReportOracle.reviews(history, batch, reader.id()).isEmpty()) {
            oracle.expectAnswer(reader.id(), token, path, 403, body -> VisibilityOracle.text(Api.json(body), "title"),
                    "Nothing to follow");
            return;
        }
        Map<String, List<String>> expected = new TreeMap<>();
        for (GeneratedLearning l : history.learnings.learnings) {
            if (filter.test(l)) {
                l.feedAt(batch).forEach(item -> expected(l, item).ifPresent(
                        key -> expected.computeIfAbsent(l.id.toString(), k -> new ArrayList<>()).add(key)));
            }
        }
        oracle.expectAnswer(reader.id(), token, path, 200, FeedOracle::received, expected);
    }

    private Optional<String> expected(GeneratedLearning l, GeneratedLearning.FeedItem item) {
        String sight = sight(l, item);
        if (sight == null) {
            return Optional.empty();
        }
        String title = sight.equals("full") && item.title() != null ? " " + item.title() : "";
        return Optional.of(item.kind() + " " + item.detail() + title + " " + sight);
    }

    /** {@link OracleReader#sight}, as the feed shows it: a withdrawal's fact is its whole entry. */
    private String sight(GeneratedLearning l, GeneratedLearning.FeedItem item) {
        UUID validatedTeam = item.validates() == null ? null : LearningOracle.teamOf(history, item.validates());
        String sight = reader.sight(l, batch, item.kind(), item.tier(), validatedTeam);
        return "fact".equals(sight) ? "full" : sight;
    }

    /** Events grouped by learning in the order received; positions must only increase. */
    private static Object received(String body) {
        Map<String, List<String>> received = new TreeMap<>();
        long last = Long.MIN_VALUE;
        for (SseClient.Event event : SseClient.parse(body == null ? "" : body)) {
            long position = Long.parseLong(event.id());
            if (position <= last) {
                return "position " + position + " after " + last;
            }
            last = position;
            if (event.name().equals("lesson")) {
                continue; // judged by LessonOracle
            }
            if (event.name().equals("case-review") || event.name().equals("challenge")) {
                continue; // judged by CaseReviewOracle
            }
            JsonNode data = Api.json(event.data());
            boolean content = data.has("snapshot");
            String detail = switch (event.name()) {
                case "published", "validated" -> "v" + VisibilityOracle.text(data, "version")
                        + (content ? " " + VisibilityOracle.text(data.path("snapshot"), "title") : "");
                case "endorsed" -> VisibilityOracle.text(data, "note");
                default -> content || data.has("title") ? "LEAKED CONTENT" : "";
            };
            String sight = event.name().startsWith("valid") && !content ? "link" : "full";
            received.computeIfAbsent(VisibilityOracle.text(data, "learningId"), k -> new ArrayList<>())
                    .add(event.name() + " " + detail + " " + sight);
        }
        return received;
    }
}
