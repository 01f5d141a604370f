package org.learningledger.events.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.content.Personal;
import org.learningledger.events.experiment.Better;
import org.learningledger.events.experiment.MeasureRole;

/**
 * A measure of a cited experiment as it stood when the learning was published: enough to draw its
 * run chart again (the day the experiment started, the days new phases began, the current value of
 * every point), never the points' notes or why a phase began.
 */
public record MeasureEvidence(UUID measureId, @Personal String name, @Personal String unit, Better better,
                              MeasureRole role, LocalDate startedOn, List<LocalDate> phasesFrom,
                              List<Point> points) {

    public MeasureEvidence {
        phasesFrom = phasesFrom == null ? List.of() : List.copyOf(phasesFrom);
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** One point's current value, in the order the team recorded the points. */
    public record Point(UUID pointId, LocalDate observedOn, BigDecimal value) {
    }
}
