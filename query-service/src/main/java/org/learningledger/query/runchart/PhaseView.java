package org.learningledger.query.runchart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.learningledger.events.experiment.Better;

/** One phase's points as the rules see them: which side of the median each is on, and its runs. */
final class PhaseView {

    /** A run: a maximal stretch of useful points on one side of the median (points on the median skipped). */
    record Run(Direction side, List<ChartPoint> points) {
    }

    private final int index;
    private final List<ChartPoint> points;
    private final BigDecimal median;
    private final Better better;
    private final boolean lastPhase;
    private final List<ChartPoint> useful = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();

    PhaseView(int index, List<ChartPoint> points, BigDecimal median, Better better, boolean lastPhase) {
        this.index = index;
        this.points = List.copyOf(points);
        this.median = median;
        this.better = better;
        this.lastPhase = lastPhase;
        List<ChartPoint> current = new ArrayList<>();
        Direction currentSide = null;
        for (ChartPoint point : this.points) {
            Direction side = side(point);
            if (side == Direction.NONE) {
                continue; // on the median: neither breaks a run nor counts in it
            }
            useful.add(point);
            if (side != currentSide && !current.isEmpty()) {
                runs.add(new Run(currentSide, List.copyOf(current)));
                current.clear();
            }
            currentSide = side;
            current.add(point);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentSide, List.copyOf(current)));
        }
    }

    int index() {
        return index;
    }

    List<ChartPoint> points() {
        return points;
    }

    BigDecimal median() {
        return median;
    }

    List<ChartPoint> useful() {
        return useful;
    }

    List<Run> runs() {
        return runs;
    }

    int crossings() {
        return Math.max(0, runs.size() - 1);
    }

    int longestRun() {
        return runs.stream().mapToInt(r -> r.points().size()).max().orElse(0);
    }

    Direction side(ChartPoint point) {
        int c = median == null ? 0 : point.value().compareTo(median);
        return c > 0 ? Direction.ABOVE : c < 0 ? Direction.BELOW : Direction.NONE;
    }

    /** A signal covering these points (non-empty, in chart order); better follows from the direction. */
    Signal signal(Rule rule, RuleSet set, List<ChartPoint> covered, Direction direction, int observed) {
        ChartPoint first = covered.get(0);
        ChartPoint last = covered.get(covered.size() - 1);
        return new Signal(rule, set, index, covered.stream().map(ChartPoint::pointId).toList(), first.observedOn(),
                last.observedOn(), direction, better(direction), observed, useful.size(), ongoing(rule, last));
    }

    /**
     * Nothing has ended the signal: no later phase has begun, and every later point of this phase neither breaks
     * nor counts (on the median; for a trend, a repeat of its last value).
     */
    private boolean ongoing(Rule rule, ChartPoint last) {
        if (!lastPhase) {
            return false;
        }
        for (ChartPoint later : points.subList(points.indexOf(last) + 1, points.size())) {
            boolean neutral = rule == Rule.TREND ? later.value().compareTo(last.value()) == 0
                    : side(later) == Direction.NONE;
            if (!neutral) {
                return false;
            }
        }
        return true;
    }

    /** Up and above are better when more is better; down and below when less is. No direction, no judgement. */
    private Boolean better(Direction direction) {
        switch (direction) {
            case ABOVE:
            case RISING:
                return better == Better.UP;
            case BELOW:
            case FALLING:
                return better == Better.DOWN;
            default:
                return null;
        }
    }
}
