package org.learningledger.command.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lesson from a confidential report must not say on top of the publication rules: a lesson
 * tells of one case, so an exact date, a case number or a named place below the region can be enough
 * to find it (and its reporter). Stricter than {@link DeidentificationRules}, which leaves dates and
 * file references alone in a team's learning.
 */
final class IndirectIdentifiers {

    private static final String MONTHS = "ledna|února|března|dubna|května|června|července|srpna|září|října"
            + "|listopadu|prosince";
    /** Reports are written in Czech, but a reviewer may quote one in English: "3 March 2026", "March 3". */
    private static final String ENGLISH_MONTHS = "(?:january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
    private static final String ORDINAL = "\\d{1,2}(?:st|nd|rd|th)?";

    private static final List<DeidentificationRules.Rule> RULES = List.of(
            new DeidentificationRules.Rule("exact-date", "an exact date can point at one case", Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?:\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\s?\\d{4})?|\\d{4}-\\d{2}-\\d{2}"
                            + "|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}\\.\\s*(?:" + MONTHS + ")(?:\\s+\\d{4})?"
                            + "|" + ORDINAL + "\\s+(?:of\\s+)?" + ENGLISH_MONTHS + "(?:,?\\s+\\d{4})?"
                            + "|" + ENGLISH_MONTHS + "\\s+" + ORDINAL + "(?:,?\\s+\\d{4})?)(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
            new DeidentificationRules.Rule("case-number", "a case or file number points at one case", Pattern.compile(
                    "(?iu)(?<!\\p{L})(?:č\\.\\s?j\\.|čj\\.|sp\\.\\s?zn\\.|spisov(?:á|é|ou)\\s+značk(?:a|y|ou|u)|"
                            + "č\\.\\s?spisu|case\\s+(?:no\\.|number))\\s*:?\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}/.-]*"
                            + "|(?<![\\p{N}/])\\d{1,6}/(?:19|20)\\d{2}(?![\\p{N}/])")),
            new DeidentificationRules.Rule("named-place", "a named place below the region can point at one case",
                    Pattern.compile(AgeAndPlace.place() + "(?!\\s+(?:kraj|kraje|kraji|krajem|region))")));

    private IndirectIdentifiers() {
    }

    /** Every indirect identifier in one field's text, in order of position. */
    static List<Finding> scan(String field, String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null) {
            return findings;
        }
        for (DeidentificationRules.Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                findings.add(new Finding(field, rule.name(), m.start(), m.end(), m.group(), rule.message()));
            }
        }
        findings.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return findings;
    }
}
