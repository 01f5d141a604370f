package org.learningledger.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.learningledger.events.learning.Tier;
import tools.jackson.databind.JsonNode;

/**
 * Judges the case review and challenge paths for one reader after one batch by the round-2 table: the
 * workspace for its current participants and its region's current reviewers; the published snapshot, while
 * not withdrawn, for its tier's readers (as a lesson: its region's reviewers, at NATION every reviewer);
 * a challenge for its tier's readers likewise and for its raising team. The feed carries a review's entry
 * to its tier's readers (blanked once withdrawn) and a challenge's raise and answer. Else the unknown 404.
 * History follows tiers (a participant reads the workspace, not its history): the landscape holds a snapshot
 * its tier's readers see, not withdrawn, and a challenge with its answer; the export a line per publication (its
 * content unless withdrawn) and one per challenge raise and answer; a cited learning's timeline, where the reader
 * gets it, the citing finding while its snapshot is theirs to read ({@link CaseReviewHistoryOracle}).
 */
final class CaseReviewOracle {

    /** The 404 answers for ids nobody has used. */
    record Missing(String caseReview, String challenge) {
    }

    private final GeneratedHistory history;
    private final int batch;
    private final VisibilityOracle oracle;
    private final OracleReader rights;
    private final Set<UUID> reviews;

    CaseReviewOracle(GeneratedHistory history, int batch, VisibilityOracle oracle, OracleReader rights) {
        this.history = history;
        this.batch = batch;
        this.oracle = oracle;
        this.rights = rights;
        this.reviews = ReportOracle.reviews(history, batch, rights.id());
    }

    void check(String token, Missing missing, long feedStart) {
        GeneratedCaseReviews generated = history.caseReviews;
        for (GeneratedCaseReviews.Review r : generated.reviews) {
            boolean workspace = inWorkspace(r);
            boolean snapshot = r.publishedAt(batch) && !r.withdrawnAt(batch) && atTier(r.regionId, r.tier);
            oracle.expect(rights.id(), token, "/api/case-reviews/" + r.id, workspace || snapshot, missing.caseReview(),
                    json -> json.path("view").asString() + " " + (json.has("chronology") ? "chronology" : "-") + " "
                            + VisibilityOracle.text(json, "tier"),
                    workspace ? "workspace chronology null" : "snapshot - " + r.tier);
        }
        for (GeneratedHistory.Region region : history.regions) {
            Set<String> expected = generated.reviews.stream().filter(r -> r.regionId.equals(region.id()))
                    .filter(this::inWorkspace).map(r -> r.id.toString()).collect(Collectors.toCollection(TreeSet::new));
            oracle.expectAnswer(rights.id(), token, "/api/regions/" + region.id() + "/case-reviews?limit=100", 200,
                    body -> ids(Api.json(body), "id"), expected);
        }
        Set<String> ours = generated.challenges.stream().map(c -> c.id.toString()).collect(Collectors.toSet());
        Set<String> expected = new TreeSet<>();
        for (GeneratedCaseReviews.Challenge c : generated.challenges) {
            boolean visible = seesChallenge(c);
            if (visible) {
                expected.add(c.id.toString());
            }
            oracle.expect(rights.id(), token, "/api/challenges/" + c.id, visible, missing.challenge(),
                    json -> VisibilityOracle.text(json.path("answer"), "answer") + " "
                            + json.path("unansweredOver30Days").asBoolean(),
                    c.answeredAt(batch) ? "KEPT false" : "null true");
        }
        oracle.expectAnswer(rights.id(), token, "/api/challenges?limit=500", 200, body -> {
            Set<String> seen = ids(Api.json(body), "id");
            seen.retainAll(ours);
            return seen;
        }, expected);
        if (rights.readsAny() || !reviews.isEmpty()) {
            feed(token, feedStart);
        }
        new CaseReviewHistoryOracle(history, batch, oracle, rights.id(), this::seesSnapshot, this::readsSnapshot,
                this::seesChallenge).check(token);
    }

    /** A published snapshot as history shows it, withdrawn or not: to its tier's readers. */
    private boolean seesSnapshot(GeneratedCaseReviews.Review r) {
        return r.publishedAt(batch) && atTier(r.regionId, r.tier);
    }

    /** Its content: while not withdrawn, and to the region's reviewers (who read its workspace) even then. */
    private boolean readsSnapshot(GeneratedCaseReviews.Review r) {
        return seesSnapshot(r) && (!r.withdrawnAt(batch) || reviews.contains(r.regionId));
    }

    /** The feed's entries of this history's reviews and challenges, in order, by what they are about. */
    private void feed(String token, long feedStart) {
        Map<String, List<String>> expected = new TreeMap<>();
        for (GeneratedCaseReviews.Review r : history.caseReviews.reviews) {
            if (r.publishedAt(batch) && atTier(r.regionId, r.tier)) {
                expected.put(r.id.toString(), List.of("case-review " + (r.withdrawnAt(batch) ? "blank" : "review " + r.id)));
            }
        }
        for (GeneratedCaseReviews.Challenge c : history.caseReviews.challenges) {
            if (seesChallenge(c)) {
                expected.put(c.id.toString(), c.answeredAt(batch) ? List.of("challenge raised", "challenge answered")
                        : List.of("challenge raised"));
            }
        }
        Set<String> ours = new java.util.HashSet<>();
        history.caseReviews.reviews.forEach(r -> ours.add(r.id.toString()));
        history.caseReviews.challenges.forEach(c -> ours.add(c.id.toString()));
        oracle.expectAnswer(rights.id(), token, "/api/feed?follow=false&lastEventId=" + feedStart, 200, body -> {
            Map<String, List<String>> received = new TreeMap<>();
            for (SseClient.Event event : SseClient.parse(body == null ? "" : body)) {
                JsonNode data = Api.json(event.data());
                String about = event.name().equals("case-review") ? VisibilityOracle.text(data, "caseReviewId")
                        : event.name().equals("challenge") ? VisibilityOracle.text(data, "challengeId") : null;
                if (about != null && ours.contains(about)) {
                    received.computeIfAbsent(about, k -> new ArrayList<>()).add(event.name() + " "
                            + (event.name().equals("challenge") ? VisibilityOracle.text(data, "step")
                            : data.path("title").isNull() ? "blank" : VisibilityOracle.text(data, "title")));
                }
            }
            return received;
        }, expected);
    }

    private boolean inWorkspace(GeneratedCaseReviews.Review r) {
        return reviews.contains(r.regionId) || r.participants.get(batch).contains(rights.id());
    }

    private boolean seesChallenge(GeneratedCaseReviews.Challenge c) {
        return c.teamId != null && rights.member(c.teamId) || atTier(c.regionId, c.tier);
    }

    /** As an approved lesson: its tier's readers, its region's reviewers, at NATION every reviewer. */
    private boolean atTier(UUID region, Tier tier) {
        return reviews.contains(region) || rights.seesTier(region, tier) || tier == Tier.NATION && !reviews.isEmpty();
    }

    private static Set<String> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asString())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
