package org.learningledger.command.learning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.learningledger.command.organisation.Directory;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What learnings need to know of other aggregates: the experiments a team may cite and what a
 * publication may show of them, and where each learning is visible. Same subscribing processor and
 * transaction as {@link Directory}.
 */
@Component
@ProcessingGroup(Directory.GROUP)
public class LearningDirectory {

    private final JdbcClient jdbc;

    public LearningDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cited experiments that are not the team's own (or do not exist). */
    public List<UUID> notOwnedBy(UUID teamId, List<UUID> experiments) {
        List<UUID> owned = experiments.isEmpty() ? List.of() : jdbc.sql(
                "select experiment_id from directory_experiment where team_id = :team and experiment_id in (:ids)")
                .param("team", teamId).param("ids", experiments).query(UUID.class).list();
        return experiments.stream().filter(id -> !owned.contains(id)).toList();
    }

    /** What a publication shows of an experiment: question, and decision and summary once concluded. */
    public List<Evidence> evidence(List<UUID> experiments) {
        return experiments.stream().map(id -> jdbc.sql(
                "select experiment_id, question, decision, summary from directory_experiment where experiment_id = ?")
                .params(id).query((rs, n) -> new Evidence(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4))).single()).toList();
    }

    public Optional<RecordedLearning> learning(UUID learningId) {
        return jdbc.sql("select learning_id, team_id, region_id, tier, withdrawn from directory_learning where learning_id = ?")
                .params(learningId).query((rs, n) -> new RecordedLearning(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4) == null ? null : Tier.valueOf(rs.getString(4)), rs.getBoolean(5)))
                .optional();
    }

    public UUID regionOfTeam(UUID teamId) {
        return jdbc.sql("select region_id from directory_team where team_id = ?").params(teamId)
                .query(UUID.class).optional().orElse(null);
    }

    @EventHandler
    void on(ExperimentProposed event) {
        jdbc.sql("insert into directory_experiment (experiment_id, team_id, question) values (?, ?, ?) "
                + "on conflict do nothing").params(event.experimentId(), event.teamId(), event.question()).update();
    }

    @EventHandler
    void on(ExperimentConcluded event) {
        jdbc.sql("update directory_experiment set decision = ?, summary = ? where experiment_id = ?")
                .params(event.decision().name(), event.summary(), event.experimentId()).update();
    }

    @EventHandler
    void on(LearningDrafted event) {
        jdbc.sql("insert into directory_learning (learning_id, team_id) values (?, ?) on conflict do nothing")
                .params(event.learningId(), event.teamId()).update();
    }

    @EventHandler
    void on(LearningPublished event) {
        jdbc.sql("update directory_learning set region_id = ?, tier = ? where learning_id = ?")
                .params(event.regionId(), event.tier().name(), event.learningId()).update();
    }

    @EventHandler
    void on(LearningWithdrawn event) {
        jdbc.sql("update directory_learning set withdrawn = true where learning_id = ?")
                .params(event.learningId()).update();
    }
}
