package org.learningledger.query.runchart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.learningledger.events.experiment.Better;

/**
 * What one measure's run chart is drawn from.
 *
 * @param points     the measure's points in the order they were recorded (current, corrected values)
 * @param startedOn  the day the experiment started; null while it has not started
 * @param phasesFrom the days of deliberate re-phases (new baseline after a change), in any order
 * @param better     which way the measure improves
 */
public record ChartInput(List<ChartPoint> points, LocalDate startedOn, List<LocalDate> phasesFrom, Better better) {

    public ChartInput {
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        phasesFrom = phasesFrom == null ? List.of() : List.copyOf(phasesFrom);
        Objects.requireNonNull(better, "better");
    }
}
