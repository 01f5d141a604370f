package org.learningledger.query.runchart;

import java.time.LocalDate;
import java.util.Locale;

/** The run chart's sentences in English. */
final class EnglishWords implements Words {

    static final EnglishWords INSTANCE = new EnglishWords();

    private static final String CHANCE_STAYS = "the points stay on one side longer than chance would";

    private EnglishWords() {
    }

    @Override
    public String signal(Signal s) {
        int n = s.usefulPoints();
        switch (s.rule()) {
            case SHIFT:
                return points(s.observed()) + " " + side(s) + " the median " + when(s) + ": a shift" + way(s);
            case TREND:
                return points(s.observed()) + " " + (s.direction() == Direction.RISING ? "rising" : "falling")
                        + " in a row " + when(s) + ": a trend" + way(s);
            case ASTRONOMICAL:
                return "The point of " + day(s.from()) + " lies far " + side(s) + " the usual range:"
                        + " an unusually distant point" + way(s);
            case LONGEST_RUN:
                return points(s.observed()) + " in a row " + side(s) + " the median " + when(s)
                        + ", where pure chance gives at most " + RuleLimits.longestRunAtMost(n) + " in a row among "
                        + n + " points: a shift" + way(s);
            case TOO_FEW_RUNS:
                return "Only " + stretches(s.observed()) + " above and below the median, where pure chance gives "
                        + RuleLimits.runsAtLeast(n) + " to " + RuleLimits.runsAtMost(n) + " among " + n + " points: "
                        + CHANCE_STAYS;
            case TOO_MANY_RUNS:
                return stretches(s.observed()) + " above and below the median, where pure chance gives "
                        + RuleLimits.runsAtLeast(n) + " to " + RuleLimits.runsAtMost(n) + " among " + n + " points:"
                        + " the points swing across the median more often than chance would, as when two different"
                        + " things are mixed in one measure";
            case FEW_CROSSINGS:
                return crosses(s.observed()) + ", where pure chance gives at least "
                        + RuleLimits.crossingsAtLeast(n) + " crossings among " + n + " points: " + CHANCE_STAYS;
            default:
                throw new IllegalArgumentException("no words for " + s.rule());
        }
    }

    @Override
    public String noPoints() {
        return "No points yet.";
    }

    @Override
    public String noPointsInPhase() {
        return "No points in this phase yet.";
    }

    @Override
    public String emptyPhase(LocalDate from) {
        return "The new phase from " + day(from) + " has no points yet.";
    }

    @Override
    public String frozenMedian(String median, int baselinePoints) {
        return "Median " + median + ", fixed from " + count(baselinePoints, "baseline point", "baseline points") + ".";
    }

    @Override
    public String movingMedian(String median, int points) {
        String from = points == 1 ? "the only point so far" : "the " + points + " points so far";
        return "Median " + median + " from " + from + "; it may still change until it is fixed.";
    }

    @Override
    public String rulesJudged(int useful) {
        return "The rules are judged on the " + useful + " points that are not on the median.";
    }

    @Override
    public String tooFewUseful(int useful) {
        return "The rules need at least " + RuleLimits.MIN_USEFUL + " points that are not on the median, so none are"
                + " judged yet (so far " + useful + ").";
    }

    @Override
    public String allOnMedian(int points) {
        return "All " + points + " points lie on the median, so the rules have nothing to judge: they need at least "
                + RuleLimits.MIN_USEFUL + " points that are not on the median.";
    }

    @Override
    public String signals(int count, String latest) {
        return (count == 1 ? "1 signal" : count + " signals, the latest") + " — " + latest + ".";
    }

    @Override
    public String noSignal() {
        return "No signal yet: the points vary around the median as chance would.";
    }

    @Override
    public String earlierSignals(int count) {
        return "Earlier phases: " + count(count, "signal", "signals") + ".";
    }

    private static String when(Signal s) {
        if (s.from().equals(s.to())) {
            return "on " + day(s.from());
        }
        return s.ongoing() ? "since " + day(s.from()) : "from " + day(s.from()) + " to " + day(s.to());
    }

    private static String side(Signal s) {
        return s.direction() == Direction.ABOVE ? "above" : "below";
    }

    private static String way(Signal s) {
        return s.better() == null ? "" : s.better() ? " in the better direction" : " in the worse direction";
    }

    private static String crosses(int crossings) {
        return crossings == 0 ? "The line never crosses the median"
                : "The line crosses the median " + (crossings == 1 ? "only once" : "only " + crossings + " times");
    }

    private static String points(int n) {
        return count(n, "point", "points");
    }

    private static String stretches(int n) {
        return count(n, "stretch", "stretches");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String day(LocalDate day) {
        return Words.day(day, Locale.ENGLISH);
    }
}
