package org.learningledger.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learningledger.events.learning.Tier;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Asks the history and analytics paths (export, landscape, timeline, spread) as one reader and judges
 * them by the same facts and the same reading of "Who sees what" ({@link OracleReader}) as
 * {@link LearningOracle}: nothing of a learning the reader may not see now, beyond the documented
 * content-free facts (a withdrawal at a tier they saw or of a validation of their team's learning,
 * their own invitation, a validation of their team's learning as a link), judged by the same
 * {@link OracleReader#sight} as the feed's. Collects what is wrong.
 */
final class HistoryOracle {

    final List<String> problems = new ArrayList<>();
    int requests;

    private final GeneratedHistory history;
    private final int batch;
    private final Api api;
    private final OracleReader reader;
    private final String token;
    private final Map<String, GeneratedLearning> ours;
    private final Map<String, GeneratedHistory.Experiment> experiments;

    HistoryOracle(GeneratedHistory history, int batch, Api api, String reader, List<String> roles) {
        this.history = history;
        this.batch = batch;
        this.api = api;
        this.reader = OracleReader.of(history, batch, reader);
        this.token = TestTokens.token(reader, roles.toArray(String[]::new));
        this.ours = history.learnings.learnings.stream().collect(Collectors.toMap(l -> l.id.toString(), l -> l));
        this.experiments = history.experiments.stream().collect(Collectors.toMap(e -> e.id().toString(), e -> e));
    }

    void check() {
        export();
        landscape();
        timelines();
        spread();
    }

    /** (1) NDJSON export: content only of what the reader may see now, at tiers they see. */
    private void export() {
        String path = "/api/history/events";
        ResponseEntity<String> response = get(path, Map.of("Accept", "application/x-ndjson"));
        if (response.getStatusCode().value() != 200) {
            problem(path, "200", response.getStatusCode().value() + " " + response.getBody());
            return;
        }
        String body = response.getBody() == null ? "" : response.getBody();
        Set<UUID> withdrawals = new java.util.HashSet<>();
        for (String text : body.split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            JsonNode line = Api.json(text);
            String experiment = VisibilityOracle.text(line, "experiment_id");
            if (experiments.containsKey(experiment) && !reader.member(experiments.get(experiment).teamId())) {
                problem(path, "no experiment of a team the reader is not in", text);
            }
            GeneratedLearning l = ours.get(VisibilityOracle.text(line, "learning_id"));
            if (l == null || reader.member(l.teamId)) {
                continue;
            }
            if (!l.existsAt(batch)) {
                problem(path, "nothing of a learning not yet sent", text);
                continue;
            }
            String kind = VisibilityOracle.text(line, "kind");
            String tierText = VisibilityOracle.text(line, "tier");
            Tier tier = tierText.equals("null") ? null : Tier.valueOf(tierText);
            String sight = sight(l, kind, tier);
            if ("full".equals(sight)) {
                continue;
            }
            boolean contentFree = VisibilityOracle.text(line, "title").equals("null")
                    && VisibilityOracle.text(line, "note").equals("null")
                    && (!line.has("content") || line.path("content").isNull());
            boolean fact = "fact".equals(sight) || "link".equals(sight)
                    && VisibilityOracle.text(line, "validates").equals(l.validates.toString());
            if (!contentFree || !fact) {
                problem(path, "no line (or only a content-free fact) of a learning the reader may not see now",
                        text);
            }
            if (kind.equals("withdrawn")) {
                withdrawals.add(l.id);
            }
        }
        // The same rule as the feed's: whoever gets a withdrawal's fact there finds it in the export too.
        for (GeneratedLearning l : history.learnings.learnings) {
            if (l.withdrawnAt(batch) && l.existsAt(batch) && !reader.member(l.teamId)
                    && "fact".equals(sight(l, "withdrawn", l.tierAt(batch))) && !withdrawals.contains(l.id)) {
                problem(path, "the fact of the withdrawal of " + l.id, "no withdrawn line");
            }
        }
    }

    /** {@link OracleReader#sight} of one export line; invitations and the team's private work aside. */
    private String sight(GeneratedLearning l, String kind, Tier tier) {
        return switch (kind) {
            case "published", "validated", "endorsed", "withdrawn" -> reader.sight(l, batch, kind, tier,
                    l.validates == null ? null : LearningOracle.teamOf(history, l.validates));
            case "invited" -> l.invitationsAt(batch).stream().anyMatch(i -> i.steward().equals(reader.id())
                    && reader.seesInvitation(l, i.steward())) ? "fact" : null;
            default -> null;
        };
    }

    /** (2) The landscape now: exactly the published learnings the reader may see, each at its latest visible version. */
    private void landscape() {
        String path = "/api/landscape?asOf=" + java.time.Instant.now().plusSeconds(1);
        Set<String> expected = new TreeSet<>();
        history.learnings.learnings.stream().filter(l -> reader.seesLearning(l, batch) && l.tierAt(batch) != null)
                .forEach(l -> {
                    List<GeneratedLearning.Version> visible = l.versionsAt(batch).stream()
                            .filter(v -> reader.seesPublished(l, batch, v.tier())).toList();
                    GeneratedLearning.Version latest = visible.get(visible.size() - 1);
                    expected.add(l.id + " v" + latest.number() + " " + latest.tier() + " " + latest.title());
                });
        expect(path, json -> {
            Set<String> actual = new TreeSet<>();
            json.path("learnings").forEach(item -> {
                if (ours.containsKey(VisibilityOracle.text(item, "learningId"))) {
                    actual.add(VisibilityOracle.text(item, "learningId") + " v" + VisibilityOracle.text(item, "version")
                            + " " + VisibilityOracle.text(item, "tier") + " " + VisibilityOracle.text(item, "title"));
                }
            });
            return actual;
        }, expected);
    }

    /** (3) A timeline answers 404 exactly when the learning's detail does, with the same body; else no unseen version. */
    private void timelines() {
        List<UUID> ids = new ArrayList<>(history.learnings.learnings.stream().map(l -> l.id).toList());
        ids.add(UUID.randomUUID());
        for (UUID id : ids) {
            String detailPath = "/api/learnings/" + id;
            String path = detailPath + "/timeline";
            ResponseEntity<String> detail = get(detailPath, Map.of());
            ResponseEntity<String> timeline = get(path, Map.of());
            int d = detail.getStatusCode().value();
            int t = timeline.getStatusCode().value();
            if ((d == 404) != (t == 404)) {
                problem(path, "404 exactly when the detail answers 404 (detail: " + d + ")", t + " " + timeline.getBody());
            } else if (d == 404 && !Objects.equals(Api.withoutInstance(detail.getBody()),
                    Api.withoutInstance(timeline.getBody()))) {
                problem(path, "the detail's 404 " + detail.getBody(), t + " " + timeline.getBody());
            } else if (t == 200) {
                GeneratedLearning l = ours.get(id.toString());
                if (l == null) {
                    problem(path, "404 for an unknown id", t + " " + timeline.getBody());
                    continue;
                }
                if (!reader.seesLearning(l, batch)) {
                    problem(path, "404 for a learning the reader may not see now", t + " " + timeline.getBody());
                }
                Set<String> visible = l.versionsAt(batch).stream().filter(v -> reader.seesPublished(l, batch, v.tier()))
                        .map(v -> String.valueOf(v.number())).collect(Collectors.toSet());
                // A version at a tier the reader does not see may appear only as a link (no title), and only
                // when it validates a learning of the reader's team (as in the export).
                boolean link = l.validates != null && reader.member(LearningOracle.teamOf(history, l.validates));
                Api.json(timeline).path("entries").forEach(entry -> {
                    if (VisibilityOracle.text(entry, "kind").equals("published")
                            && !visible.contains(VisibilityOracle.text(entry, "version"))
                            && !(link && VisibilityOracle.text(entry, "title").equals("null"))) {
                        problem(path, "published entries only of versions visible to the reader " + visible,
                                entry.toString());
                    }
                });
            }
        }
    }

    /** (4) Spread: only learnings the reader may see now. */
    private void spread() {
        String path = "/api/analytics/spread";
        ResponseEntity<String> response = get(path, Map.of());
        if (response.getStatusCode().value() != 200) {
            problem(path, "200", response.getStatusCode().value() + " " + response.getBody());
            return;
        }
        Api.json(response).path("learnings").forEach(item -> {
            String id = VisibilityOracle.text(item, "learningId");
            GeneratedLearning l = ours.get(id);
            if (l != null && !(reader.seesLearning(l, batch) && l.tierAt(batch) != null)) {
                problem(path, "only learnings the reader may see now", item.toString());
            }
        });
    }

    private void expect(String path, Function<JsonNode, Object> view, Object expected) {
        ResponseEntity<String> response = get(path, Map.of());
        Object actual = response.getStatusCode().value() == 200 ? view.apply(Api.json(response)) : null;
        if (!Objects.equals(actual, expected)) {
            problem(path, "200 with " + expected, response.getStatusCode().value() + " " + actual + " / "
                    + response.getBody());
        }
    }

    private ResponseEntity<String> get(String path, Map<String, String> headers) {
        requests++;
        return api.get(path, token, headers);
    }

    private void problem(String path, String expected, String actual) {
        problems.add("batch " + (batch + 1) + ", reader " + reader.id() + ", GET " + path + ": expected " + expected
                + ", got " + actual);
    }
}
