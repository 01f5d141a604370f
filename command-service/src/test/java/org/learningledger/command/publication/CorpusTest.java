package org.learningledger.command.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The guard over a corpus of realistic Czech sentences, each labelled with what identifies someone in
 * it: prints recall and the false-alarm rate per kind, and holds them to a bar. The bar, on this corpus:
 * recall at least 0.95 and false alarms at most 0.05 for every kind. A miss can expose a child, so
 * recall is the figure that matters most; false alarms cost a team a rewording.
 */
class CorpusTest {

    static final double MIN_RECALL = 0.95;
    static final double MAX_FALSE_ALARMS = 0.05;
    static final List<String> KINDS = List.of("phone", "personal-name", "age-and-place");

    record Sentence(Set<String> kinds, String text) {
    }

    @Test
    void givenLabelledCzechCorpus_whenGuardRuns_thenRecallAndFalseAlarmsWithinTheBar() throws IOException {
        List<Sentence> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        List<String> failures = new ArrayList<>();
        System.out.printf(Locale.ROOT, "De-identification corpus: %d sentences%n", corpus.size());
        for (String kind : KINDS) {
            int positives = 0;
            int found = 0;
            int negatives = 0;
            int alarms = 0;
            for (Sentence s : corpus) {
                boolean flagged = DeidentificationRules.scan("text", s.text()).stream()
                        .anyMatch(f -> f.rule().equals(kind));
                if (s.kinds().contains(kind)) {
                    positives++;
                    found += flagged ? 1 : 0;
                    report(!flagged, "missed " + kind, s);
                } else {
                    negatives++;
                    alarms += flagged ? 1 : 0;
                    report(flagged, "false alarm " + kind, s);
                }
            }
            double recall = (double) found / positives;
            double falseAlarms = (double) alarms / negatives;
            System.out.printf(Locale.ROOT, "%-14s recall %.3f (%d/%d)  false alarms %.3f (%d/%d)%n",
                    kind, recall, found, positives, falseAlarms, alarms, negatives);
            if (recall < MIN_RECALL || falseAlarms > MAX_FALSE_ALARMS) {
                failures.add(kind);
            }
        }
        long clean = corpus.stream().filter(s -> s.kinds().isEmpty()).count();
        long flaggedClean = corpus.stream().filter(s -> s.kinds().isEmpty())
                .filter(s -> !DeidentificationRules.scan("text", s.text()).isEmpty()).count();
        System.out.printf(Locale.ROOT, "%-14s false alarms %.3f (%d/%d) of sentences with nothing identifying%n",
                "any rule", (double) flaggedClean / clean, flaggedClean, clean);
        assertThat(failures).as("kinds below the bar (recall >= %s, false alarms <= %s)", MIN_RECALL, MAX_FALSE_ALARMS)
                .isEmpty();
        assertThat((double) flaggedClean / clean).isLessThanOrEqualTo(MAX_FALSE_ALARMS);
    }

    private static void report(boolean wrong, String what, Sentence s) {
        if (wrong) {
            System.out.println("  " + what + ": " + s.text() + " -> " + DeidentificationRules.scan("text", s.text()));
        }
    }

    static List<Sentence> corpus() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CorpusTest.class.getResourceAsStream("czech-corpus.txt"), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> {
                String[] parts = l.split("\\|", 2);
                Set<String> kinds = parts[0].equals("none") ? Set.of()
                        : Set.of(parts[0].split(",")).stream().map(String::strip).collect(Collectors.toSet());
                return new Sentence(kinds, parts[1].strip());
            }).toList();
        }
    }
}
