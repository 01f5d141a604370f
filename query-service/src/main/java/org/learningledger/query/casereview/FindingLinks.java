package org.learningledger.query.casereview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Item;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each finding of one review is linked to: the learnings it cites and the experiments that respond to it
 * (linked to it, or based on it). Of the experiments a reader gets their own teams' in full ({@link Sight} on a
 * team-private item) and otherwise only how many there are: never which team, never a count per team. Another
 * team's based-on experiment counts once started, as a lesson's do; a linked one once linked (a team's explicit
 * act); the reader's own always.
 */
final class FindingLinks {

    /** A cited learning as the reader may see it: its latest published version's title. */
    record CitedLearning(UUID learningId, Tier tier, UUID regionId, Integer version, String title) {
    }

    /**
     * An experiment of one of the reader's teams that responds to the finding (linked to it, based on it, or both);
     * which team is the experiment's own detail, so that no answer here names a team.
     */
    record OwnExperiment(UUID experimentId, String question, boolean linked, boolean basedOn) {
    }

    /** {@code respondingExperiments}: how many experiments respond, of every team; {@code own}: the reader's. */
    record Responses(int respondingExperiments, List<OwnExperiment> own) {
        static final Responses NONE = new Responses(0, List.of());
    }

    private record Responding(UUID finding, UUID team, OwnExperiment experiment, boolean counted, boolean stopped) {
    }

    private final JdbcClient jdbc;

    FindingLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every cite of the review's findings, for its workspace: finding → learning ids in the order cited. */
    Map<UUID, List<UUID>> cites(UUID review) {
        Map<UUID, List<UUID>> cites = new HashMap<>();
        jdbc.sql("SELECT finding_id, learning_id FROM case_review_cite WHERE case_review_id = :id"
                        + " ORDER BY cited_at, learning_id").param("id", review)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list()
                .forEach(e -> cites.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return cites;
    }

    /** The cited learnings the reader sees in full, per finding: a withdrawn one is nobody's to read here. */
    Map<UUID, List<CitedLearning>> visibleCites(UUID review, Reader reader) {
        Map<UUID, List<CitedLearning>> cites = new HashMap<>();
        jdbc.sql("""
                SELECT x.finding_id, l.id, l.team_id, l.region_id, l.tier, l.withdrawn, v.version, v.title,
                       EXISTS (SELECT 1 FROM stopped_aggregate s WHERE s.aggregate_id = l.id) AS stopped
                  FROM case_review_cite x JOIN learning l ON l.id = x.learning_id
                  LEFT JOIN LATERAL (SELECT version, title FROM learning_version w WHERE w.learning_id = l.id
                                      ORDER BY version DESC LIMIT 1) v ON true
                 WHERE x.case_review_id = :id AND l.tier IS NOT NULL ORDER BY x.cited_at, l.id""")
                .param("id", review).query((rs, n) -> {
                    Tier tier = Tier.valueOf(rs.getString("tier"));
                    Item item = Item.published(rs.getObject("team_id", UUID.class),
                            rs.getObject("region_id", UUID.class), tier, null, rs.getBoolean("withdrawn"),
                            rs.getBoolean("stopped"));
                    if (Sight.of(reader, item) != Sight.FULL) {
                        return null;
                    }
                    return Map.entry(rs.getObject("finding_id", UUID.class), new CitedLearning(
                            rs.getObject("id", UUID.class), tier, item.region(), (Integer) rs.getObject("version"),
                            rs.getString("title")));
                }).list().stream().filter(e -> e != null)
                .forEach(e -> cites.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return cites;
    }

    /** Per finding: how many experiments respond, and those of the reader's teams. */
    Map<UUID, Responses> responses(UUID review, Reader reader) {
        List<Responding> rows = jdbc.sql("""
                SELECT r.finding_id, r.experiment_id, r.team_id, e.question, bool_or(r.linked) AS linked,
                       bool_or(NOT r.linked) AS based_on, bool_or(r.linked OR e.started_at IS NOT NULL) AS counted,
                       EXISTS (SELECT 1 FROM stopped_aggregate s WHERE s.aggregate_id = r.experiment_id) AS stopped
                  FROM (SELECT finding_id, experiment_id, team_id, true AS linked FROM case_review_experiment
                         WHERE case_review_id = :id
                        UNION ALL
                        SELECT f.finding_id, x.id, x.team_id, false FROM case_review_finding f
                          JOIN experiment x ON x.based_on = f.finding_id WHERE f.case_review_id = :id) r
                  LEFT JOIN experiment e ON e.id = r.experiment_id
                 GROUP BY r.finding_id, r.experiment_id, r.team_id, e.question
                 ORDER BY r.finding_id, r.experiment_id""").param("id", review)
                .query((rs, n) -> new Responding(rs.getObject("finding_id", UUID.class),
                        rs.getObject("team_id", UUID.class), new OwnExperiment(rs.getObject("experiment_id", UUID.class),
                                rs.getString("question"), rs.getBoolean("linked"), rs.getBoolean("based_on")),
                        rs.getBoolean("counted"), rs.getBoolean("stopped"))).list();
        Map<UUID, Integer> counts = new HashMap<>();
        Map<UUID, List<OwnExperiment>> own = new HashMap<>();
        for (Responding row : rows) {
            boolean ours = Sight.of(reader, Item.teamPrivate(row.team(), row.stopped())) == Sight.FULL;
            if (ours) {
                own.computeIfAbsent(row.finding(), k -> new ArrayList<>()).add(row.experiment());
            }
            if (row.counted() || ours) {
                counts.merge(row.finding(), 1, Integer::sum);
            }
        }
        Map<UUID, Responses> responses = new HashMap<>();
        for (Responding row : rows) {
            responses.computeIfAbsent(row.finding(), f -> new Responses(counts.getOrDefault(f, 0),
                    List.copyOf(own.getOrDefault(f, List.of()))));
        }
        return responses;
    }
}
