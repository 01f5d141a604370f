package org.learningledger.query.runchart;

import java.util.List;
import java.util.Locale;

/**
 * A run chart in plain words, in English or Czech (any locale whose language is "cs"), for the people who record
 * the measure: e.g. "6 points below the median since 3 March: a shift in the better direction".
 */
public final class ChartWords {

    private ChartWords() {
    }

    /** One signal, without a closing full stop (it may be embedded in the summary). */
    public static String signal(Signal signal, Locale locale) {
        return words(locale).signal(signal);
    }

    /**
     * The chart's state as of its latest phase: its signals (the number and the latest), or that the points vary as
     * chance would, or why nothing is judged yet; signals of earlier phases are counted after.
     */
    public static String summary(RunChart chart, Locale locale) {
        Words words = words(locale);
        if (chart.phases().isEmpty()) {
            return words.noPoints();
        }
        Phase current = chart.phases().get(chart.phases().size() - 1);
        List<Signal> now = chart.signals().stream().filter(s -> s.phase() == current.index()).toList();
        long earlier = chart.signals().size() - now.size();
        String state;
        if (current.points().isEmpty()) {
            state = words.emptyPhase(current.from());
        } else if (!now.isEmpty()) {
            state = words.signals(now.size(), words.signal(latest(now)));
        } else if (current.rulesApply()) {
            state = words.noSignal();
        } else {
            state = rules(words, current);
        }
        return earlier == 0 ? state : state + " " + words.earlierSignals((int) earlier);
    }

    /** What a phase's centre line is and whether its rules are judged. */
    public static String phaseNote(Phase phase, Locale locale) {
        Words words = words(locale);
        if (phase.points().isEmpty()) {
            return words.noPointsInPhase();
        }
        String median = Words.number(phase.median(), locale);
        String centre = phase.frozen() ? words.frozenMedian(median, phase.baseline().size())
                : words.movingMedian(median, phase.baseline().size());
        return centre + " " + rules(words, phase);
    }

    /**
     * The signal that ends last; of those, the one that starts last (a shift says more than a runs rule covering
     * the whole phase); of those, the first the chart lists (IHI's shift before Anhøj's long run of the same points).
     */
    private static Signal latest(List<Signal> signals) {
        Signal latest = signals.get(0);
        for (Signal s : signals) {
            if (s.to().isAfter(latest.to()) || s.to().equals(latest.to()) && s.from().isAfter(latest.from())) {
                latest = s;
            }
        }
        return latest;
    }

    private static String rules(Words words, Phase phase) {
        if (phase.rulesApply()) {
            return words.rulesJudged(phase.usefulPoints());
        }
        // One point is always on its own median: that is too few points, not a flat measure.
        if (phase.usefulPoints() == 0 && phase.points().size() > 1) {
            return words.allOnMedian(phase.points().size());
        }
        return words.tooFewUseful(phase.usefulPoints());
    }

    private static Words words(Locale locale) {
        return locale != null && "cs".equals(locale.getLanguage()) ? CzechWords.INSTANCE : EnglishWords.INSTANCE;
    }
}
