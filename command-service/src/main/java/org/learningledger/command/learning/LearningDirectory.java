package org.learningledger.command.learning;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.learningledger.command.keys.SealedColumn;
import org.learningledger.command.organisation.Directory;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.LedgerCalendar;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.MeasureEvidence;
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
    private final SealedColumn sealed;
    private final MeasureDirectory measures;

    LearningDirectory(JdbcClient jdbc, SealedColumn sealed, MeasureDirectory measures) {
        this.jdbc = jdbc;
        this.sealed = sealed;
        this.measures = measures;
    }

    /** The owning team of each of these experiments that exists. */
    public Map<UUID, UUID> teamsOf(List<UUID> experiments) {
        Map<UUID, UUID> teams = new HashMap<>();
        if (!experiments.isEmpty()) {
            jdbc.sql("select experiment_id, team_id from directory_experiment where experiment_id in (:ids)")
                    .param("ids", experiments)
                    .query(rs -> {
                        teams.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                    });
        }
        return teams;
    }

    /**
     * What a publication may show of each experiment of the team that owns the learning: question, and
     * decision and summary once concluded, and its measures as they stand.
     */
    public Map<UUID, Evidence> evidenceOfOwner(UUID learningId) {
        Map<UUID, List<MeasureEvidence>> measured = measures.ofOwner(learningId);
        Map<UUID, Evidence> evidence = new HashMap<>();
        jdbc.sql("select e.experiment_id, e.question, e.decision, e.summary from directory_experiment e"
                        + " join directory_learning l on l.team_id = e.team_id where l.learning_id = ?")
                .params(learningId)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    evidence.put(id, new Evidence(id, sealed.open(rs.getString(2), "question"), rs.getString(3),
                            sealed.open(rs.getString(4), "summary"), measured.getOrDefault(id, List.of())));
                });
        return evidence;
    }

    /** The experiment a proposal follows, as recorded (concluded once its decision is). */
    public Optional<RecordedExperiment> experiment(UUID experimentId) {
        return jdbc.sql("select experiment_id, team_id, decision from directory_experiment where experiment_id = ?")
                .params(experimentId).query((rs, n) -> new RecordedExperiment(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getString(3) != null)).optional();
    }

    public Optional<RecordedLearning> learning(UUID learningId) {
        return jdbc.sql("select learning_id, team_id, region_id, tier, withdrawn from directory_learning where learning_id = ?")
                .params(learningId).query((rs, n) -> new RecordedLearning(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4) == null ? null : Tier.valueOf(rs.getString(4)), rs.getBoolean(5)))
                .optional();
    }

    @EventHandler
    void on(ExperimentProposed event) {
        jdbc.sql("insert into directory_experiment (experiment_id, team_id, question) values (?, ?, ?) "
                + "on conflict do nothing").params(event.experimentId(), event.teamId(), sealed.seal(event, "question")).update();
    }

    /** A corrected question is the one later publications quote. */
    @EventHandler
    void on(ExperimentRevised event) {
        jdbc.sql("update directory_experiment set question = ? where experiment_id = ?")
                .params(sealed.seal(event, "question"), event.experimentId()).update();
    }

    /** The day divides each measure's baseline from its data under the change, in a publication's charts. */
    @EventHandler
    void on(ExperimentStarted event, @Timestamp Instant startedAt) {
        jdbc.sql("update directory_experiment set started_on = ? where experiment_id = ?")
                .params(event.startedOn() != null ? event.startedOn() : LedgerCalendar.dateOf(startedAt),
                        event.experimentId()).update();
    }

    @EventHandler
    void on(ExperimentConcluded event) {
        jdbc.sql("update directory_experiment set decision = ?, summary = ? where experiment_id = ?")
                .params(event.decision().name(), sealed.seal(event, "summary"), event.experimentId()).update();
    }

    /**
     * The copy of an erased experiment's texts that later publications would quote goes with them
     * (its key is gone too; the question column is NOT NULL, so it is left empty).
     */
    @EventHandler
    void on(ExperimentErased event) {
        jdbc.sql("update directory_experiment set question = '', summary = null where experiment_id = ?")
                .params(event.experimentId()).update();
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
