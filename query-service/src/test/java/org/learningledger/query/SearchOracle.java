package org.learningledger.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Judges the search as one reader, a few requests a batch: every experiment asked for by its question's word
 * ("Question <id>"), and two random learnings by their title's word (its id's first 8 characters). The experiment
 * hits must be exactly the reader's teams' experiments (of this history and of no other: the readers are its own),
 * and a learning is found exactly when the reader sees it: withdrawn, another team's drafts and erased
 * experiments never. Problems go to the {@link VisibilityOracle}.
 */
final class SearchOracle {

    private final GeneratedHistory history;
    private final VisibilityOracle oracle;
    private final OracleReader reader;
    private final String token;
    private final Random random;

    SearchOracle(GeneratedHistory history, int batch, VisibilityOracle oracle, OracleReader reader, String token) {
        this.history = history;
        this.oracle = oracle;
        this.reader = reader;
        this.token = token;
        this.random = new Random(history.seed ^ reader.id().hashCode() ^ (31L * batch));
    }

    void check(int batch) {
        Set<String> experiments = history.experiments.stream().filter(e -> reader.member(e.teamId()))
                .map(e -> "experiment:" + e.id()).collect(Collectors.toCollection(TreeSet::new));
        oracle.expect(reader.id(), token, "/api/search?limit=500&q=question", true, null,
                json -> hits(json, "experiment"), experiments);
        List<GeneratedLearning> all = history.learnings.learnings;
        for (int i = 0; i < Math.min(2, all.size()); i++) {
            GeneratedLearning l = all.get(random.nextInt(all.size()));
            Set<String> expected = reader.seesLearning(l, batch) ? Set.of("learning:" + l.id) : Set.of();
            oracle.expect(reader.id(), token, "/api/search?q=" + l.id.toString().substring(0, 8), true, null,
                    json -> hits(json, "learning").stream().filter(h -> h.equals("learning:" + l.id))
                            .collect(Collectors.toSet()), expected);
        }
    }

    /** After the erase step: an erased experiment is found by nobody, by any word of its texts. */
    static List<String> erasedNeverFound(GeneratedHistory history, Api api, String reader, String token) {
        List<String> problems = new ArrayList<>();
        history.erasures.erased.stream().filter(e -> e.kind().equals("experiment")).forEach(e -> {
            JsonNode hits = Api.json(api.get("/api/search?q=" + e.id(), token));
            if (hits(hits, "experiment").contains("experiment:" + e.id())) {
                problems.add("reader " + reader + " found erased experiment " + e.id() + " by searching its id");
            }
        });
        return problems;
    }

    private static Set<String> hits(JsonNode json, String kind) {
        return StreamSupport.stream(json.spliterator(), false).filter(h -> h.path("kind").asString().equals(kind))
                .map(h -> kind + ":" + h.path("id").asString()).collect(Collectors.toCollection(TreeSet::new));
    }
}
