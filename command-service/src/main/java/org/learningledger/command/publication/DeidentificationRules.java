package org.learningledger.command.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that says what counts as identifying in published text. Each rule is a pattern,
 * with an extra check where a pattern alone would flag harmless numbers. Deliberately cautious: a
 * false alarm costs the team a rewording, a miss can expose a child.
 */
public final class DeidentificationRules {

    record Rule(String name, Pattern pattern, java.util.function.Predicate<Matcher> confirm) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("birth-number", Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{2})\\s?/?\\s?(\\d{3,4})(?!\\d)"),
                    BirthNumbers::plausible),
            new Rule("email", Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.\\p{L}{2,}"), m -> true),
            new Rule("phone", Pattern.compile(
                    "(?<![\\d/])(?:\\+|00)\\d{3}[\\s-]?\\d{3}[\\s-]?\\d{3}[\\s-]?\\d{3}(?!\\d)"
                            // Czech subscriber numbers start with 2 to 7; a leading 1 is a count, not a phone
                            + "|(?<![\\d/.,])[2-7]\\d{2}[\\s-]\\d{3}[\\s-]\\d{3}(?![\\d.,])"
                            + "|(?<![\\d/.,])[67]\\d{8}(?![\\d.,])"), m -> true),
            new Rule("street-address", Pattern.compile(
                    "(?:\\b(?:ulice|ul\\.|náměstí|nám\\.|třída|tř\\.|nábřeží)\\s+)?"
                            + "\\b\\p{Lu}\\p{Ll}+(?:ova|ého|ská|ní|cká|ká|ovo|ovy|ské)\\s+\\d{1,4}(?:/\\d{1,4})?[a-z]?\\b"
                            + "|\\b\\d{1,5}\\s+(?:\\p{Lu}\\p{Ll}+\\s+){1,3}(?:Street|St\\.|Road|Rd\\.|Avenue|Lane|Way)\\b"),
                    m -> true),
            new Rule("date-of-birth", Pattern.compile(
                    "(?i)(?:narozen[aáý]?|nar\\.|datum narození|date of birth|born(?: on)?|dob)\\s*:?\\s*"
                            + "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
                            + "|\\d{1,2}\\.?\\s+\\p{L}+\\s+\\d{4})"), m -> true));

    private DeidentificationRules() {
    }

    /** Every finding in one field's text, in order of position. */
    public static List<Finding> scan(String field, String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null) {
            return findings;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (rule.confirm().test(m)) {
                    findings.add(new Finding(field, rule.name(), m.start(), m.end(), m.group()));
                }
            }
        }
        findings.sort(java.util.Comparator.comparingInt(Finding::start));
        return findings;
    }
}
