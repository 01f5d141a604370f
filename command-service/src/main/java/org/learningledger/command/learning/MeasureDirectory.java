package org.learningledger.command.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.learningledger.command.keys.SealedColumn;
import org.learningledger.command.organisation.Directory;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
import org.learningledger.events.experiment.MeasureRole;
import org.learningledger.events.learning.MeasureEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a publication may show of the team's experiments' measures: each measure with its points'
 * current values in record order and the days its phases began, never a note or a reason. Same
 * subscribing processor and transaction as {@link Directory}; the start day is the experiment's row's
 * ({@link LearningDirectory}).
 */
@Component
@ProcessingGroup(Directory.GROUP)
class MeasureDirectory {

    private static final String OF_OWNER = " join directory_experiment e on e.experiment_id = x.experiment_id"
            + " join directory_learning l on l.team_id = e.team_id where l.learning_id = ?";

    /** One measure of one experiment (measure ids are the client's, unique within their experiment). */
    private record Key(UUID experimentId, UUID measureId) {
    }

    private final JdbcClient jdbc;
    private final SealedColumn sealed;

    MeasureDirectory(JdbcClient jdbc, SealedColumn sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    /** The measures of each experiment of the team that owns the learning, in the order defined. */
    Map<UUID, List<MeasureEvidence>> ofOwner(UUID learningId) {
        Map<Key, List<MeasureEvidence.Point>> points = new HashMap<>();
        jdbc.sql("select x.experiment_id, x.measure_id, x.point_id, x.observed_on, x.value"
                + " from directory_measure_point x" + OF_OWNER + " order by x.recorded_seq").params(learningId)
                .query(rs -> {
                    points.computeIfAbsent(key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                            k -> new ArrayList<>()).add(new MeasureEvidence.Point(rs.getObject(3, UUID.class),
                            rs.getObject(4, LocalDate.class), rs.getBigDecimal(5)));
                });
        Map<Key, List<LocalDate>> phases = new HashMap<>();
        jdbc.sql("select x.experiment_id, x.measure_id, x.phase_from from directory_measure_phase x" + OF_OWNER
                + " order by x.phase_from").params(learningId).query(rs -> {
                    phases.computeIfAbsent(key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                            k -> new ArrayList<>()).add(rs.getObject(3, LocalDate.class));
                });
        Map<UUID, List<MeasureEvidence>> measures = new HashMap<>();
        jdbc.sql("select x.experiment_id, x.measure_id, x.name, x.unit, x.better, x.role, e.started_on"
                + " from directory_measure x" + OF_OWNER + " order by x.defined_seq").params(learningId)
                .query(rs -> {
                    Key key = key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                    measures.computeIfAbsent(key.experimentId(), k -> new ArrayList<>()).add(new MeasureEvidence(
                            key.measureId(), sealed.open(rs.getString(3), "name"), sealed.open(rs.getString(4), "unit"),
                            Better.valueOf(rs.getString(5)), MeasureRole.valueOf(rs.getString(6)),
                            rs.getObject(7, LocalDate.class), phases.getOrDefault(key, List.of()),
                            points.getOrDefault(key, List.of())));
                });
        return measures;
    }

    @EventHandler
    void on(MeasureDefined event, @SequenceNumber Long seq) {
        jdbc.sql("insert into directory_measure (experiment_id, measure_id, defined_seq, name, unit, better, role)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(event.experimentId(), event.measureId(), seq, sealed.seal(event, "name"),
                        sealed.seal(event, "unit"), event.better().name(), event.role().name()).update();
    }

    @EventHandler
    void on(MeasurePointRecorded event, @SequenceNumber Long seq) {
        jdbc.sql("insert into directory_measure_point (experiment_id, measure_id, point_id, recorded_seq, value,"
                        + " observed_on) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(event.experimentId(), event.measureId(), event.pointId(), seq, event.value(),
                        event.observedOn()).update();
    }

    /** The point counts as corrected from now on; it keeps its place in the record order. */
    @EventHandler
    void on(MeasurePointCorrected event) {
        jdbc.sql("update directory_measure_point set value = ?, observed_on = ? where experiment_id = ?"
                + " and point_id = ?").params(event.value(), event.observedOn(), event.experimentId(),
                event.pointId()).update();
    }

    @EventHandler
    void on(MeasureRephased event) {
        jdbc.sql("insert into directory_measure_phase (experiment_id, measure_id, phase_from) values (?, ?, ?)"
                + " on conflict do nothing").params(event.experimentId(), event.measureId(), event.from()).update();
    }

    /** The names and units go with the experiment's texts (their key is gone too); the columns are NOT NULL. */
    @EventHandler
    void on(ExperimentErased event) {
        jdbc.sql("update directory_measure set name = '', unit = '' where experiment_id = ?")
                .params(event.experimentId()).update();
    }

    private static Key key(UUID experimentId, UUID measureId) {
        return new Key(experimentId, measureId);
    }
}
