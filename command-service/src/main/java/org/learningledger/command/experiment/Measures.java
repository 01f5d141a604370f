package org.learningledger.command.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.learningledger.command.erasure.UnknownItem;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;

/**
 * An experiment's measures as their events left them: each defined measure, each point's current
 * value beside what was first recorded (a retried request is compared with that), and each measure's
 * phases. Decides the measure commands on this state with {@link MeasureRules}, answering the event
 * to apply or nothing for a retry; the experiment decides first who may act and whether it is erased.
 */
final class Measures {

    /** A point as it stands now ({@code recorded} is how it was first recorded). */
    record Point(MeasurePointRecorded recorded, BigDecimal value, LocalDate observedOn, String note) {
    }

    private final Map<UUID, MeasureDefined> defined = new LinkedHashMap<>();
    private final Map<UUID, Point> points = new LinkedHashMap<>();
    private final Map<UUID, List<MeasureRephased>> phases = new LinkedHashMap<>();

    Optional<MeasureDefined> define(MeasureDefined wanted, Stage stage) {
        MeasureDefined earlier = defined.get(wanted.measureId());
        if (earlier != null) {
            MeasureRules.sameDefinition(earlier, wanted);
            return Optional.empty();
        }
        ExperimentRules.mayRecordMeasures(stage);
        MeasureRules.roomForMeasure(defined.size());
        return Optional.of(wanted);
    }

    Optional<MeasurePointRecorded> record(MeasurePointRecorded wanted, boolean dateDefaulted, Stage stage,
                                          LocalDate today) {
        known(wanted.measureId());
        Point earlier = points.get(wanted.pointId());
        if (earlier != null) {
            MeasureRules.samePoint(earlier.recorded(), wanted, dateDefaulted);
            return Optional.empty();
        }
        ExperimentRules.mayRecordMeasures(stage);
        MeasureRules.mayBeObservedOn(wanted.observedOn(), today);
        return Optional.of(wanted);
    }

    /** Corrections are taken in any stage: a wrong number stays wrong after the experiment ends. */
    Optional<MeasurePointCorrected> correct(MeasurePointCorrected wanted, LocalDate today) {
        known(wanted.measureId());
        Point point = points.get(wanted.pointId());
        if (point == null || !point.recorded().measureId().equals(wanted.measureId())) {
            throw new UnknownItem("pointId", "recorded-point", "must name a point recorded for this measure");
        }
        if (MeasureRules.changesNothing(point.value(), point.observedOn(), point.note(), wanted.value(),
                wanted.observedOn(), wanted.note())) {
            return Optional.empty();
        }
        MeasureRules.mayBeObservedOn(wanted.observedOn(), today);
        return Optional.of(wanted);
    }

    Optional<MeasureRephased> rephase(MeasureRephased wanted, LocalDate today) {
        known(wanted.measureId());
        List<MeasureRephased> earlier = phases.getOrDefault(wanted.measureId(), List.of());
        if (earlier.contains(wanted)) {
            return Optional.empty();
        }
        MeasureRules.notInFuture("from", wanted.from(), today);
        LocalDate lastFrom = earlier.stream().map(MeasureRephased::from).max(LocalDate::compareTo).orElse(null);
        LocalDate earliest = points.values().stream().filter(p -> p.recorded().measureId().equals(wanted.measureId()))
                .map(Point::observedOn).min(LocalDate::compareTo).orElse(null);
        MeasureRules.phaseOrder(wanted.from(), lastFrom, earliest);
        return Optional.of(wanted);
    }

    /** Whether the point, as it stands, is baseline data ({@code startedOn} null before the start). */
    boolean baseline(UUID pointId, LocalDate startedOn) {
        return MeasureRules.baseline(points.get(pointId).observedOn(), startedOn);
    }

    void on(MeasureDefined event) {
        defined.put(event.measureId(), event);
    }

    void on(MeasurePointRecorded event) {
        points.put(event.pointId(), new Point(event, event.value(), event.observedOn(), event.note()));
    }

    void on(MeasurePointCorrected event) {
        points.computeIfPresent(event.pointId(),
                (id, point) -> new Point(point.recorded(), event.value(), event.observedOn(), event.note()));
    }

    void on(MeasureRephased event) {
        phases.computeIfAbsent(event.measureId(), id -> new ArrayList<>()).add(event);
    }

    /** The experiment was erased: its measures' texts load blank from now on (their key is gone). */
    void erased() {
        defined.replaceAll((id, m) -> new MeasureDefined(m.experimentId(), m.teamId(), id, null, null, m.better(),
                m.role()));
        points.replaceAll((id, p) -> new Point(blank(p.recorded()), p.value(), p.observedOn(), null));
        phases.values().forEach(list -> list.replaceAll(
                r -> new MeasureRephased(r.experimentId(), r.teamId(), r.measureId(), r.from(), null)));
    }

    private void known(UUID measureId) {
        if (!defined.containsKey(measureId)) {
            throw new UnknownItem("measureId", "defined-measure", "must name a measure defined in this experiment");
        }
    }

    private static MeasurePointRecorded blank(MeasurePointRecorded r) {
        return new MeasurePointRecorded(r.experimentId(), r.teamId(), r.measureId(), r.pointId(), r.value(),
                r.observedOn(), null);
    }
}
