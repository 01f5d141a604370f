package org.learningledger.command.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that says what counts as identifying in a team's text. Each rule is a pattern, with
 * an extra check where a pattern alone would flag harmless numbers. Deliberately cautious: a false
 * alarm costs the team a rewording, a miss can expose a child. Law citations, dates of meetings,
 * years, counts and file references ("čj. MPSV-2024/12345") are not identifying and stay unflagged.
 */
public final class DeidentificationRules {

    record Rule(String name, String message, Pattern pattern, Predicate<Matcher> confirm) {

        Rule(String name, String message, Pattern pattern) {
            this(name, message, pattern, m -> true);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("birth-number", "looks like a birth number (rodné číslo)",
                    Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{2})\\s?/?\\s?(\\d{3,4})(?!\\d)"),
                    BirthNumbers::plausible),
            new Rule("email", "looks like an e-mail address",
                    Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.\\p{L}{2,}")),
            new Rule("phone", "looks like a phone number", PhoneNumbers.PATTERN),
            new Rule("street-address", "looks like a street address", Pattern.compile(
                    "(?:\\b(?:ulice|ul\\.|náměstí|nám\\.|třída|tř\\.|nábřeží)\\s+)?"
                            + "\\b\\p{Lu}\\p{Ll}+(?:ova|ého|ská|ní|cká|ká|ovo|ovy|ské)\\s+\\d{1,4}(?:/\\d{1,4})?[a-z]?\\b"
                            + "|\\b\\d{1,5}\\s+(?:\\p{Lu}\\p{Ll}+\\s+){1,3}(?:Street|St\\.|Road|Rd\\.|Avenue|Lane|Way)\\b")),
            new Rule("date-of-birth", "looks like a date of birth", Pattern.compile(
                    "(?i)(?:narozen[aáý]?|nar\\.|datum narození|date of birth|born(?: on)?|dob)\\s*:?\\s*"
                            + "(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
                            + "|\\d{1,2}\\.?\\s+\\p{L}+\\s+\\d{4})")),
            new Rule("personal-name", "looks like a person's name", PersonalNames.LISTED),
            new Rule("personal-name", "looks like a person's name after a title", PersonalNames.TITLED),
            new Rule("age-and-place", "an exact age with a place can point at one family", AgeAndPlace.PATTERN));

    private DeidentificationRules() {
    }

    /** Every finding in one field's text, in order of position; overlapping findings of one rule become one. */
    public static List<Finding> scan(String field, String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null) {
            return findings;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (rule.confirm().test(m)) {
                    findings.add(new Finding(field, rule.name(), m.start(), m.end(), m.group(), rule.message()));
                }
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        return merged(findings, text);
    }

    private static List<Finding> merged(List<Finding> sorted, String text) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : sorted) {
            Finding same = out.stream().filter(o -> o.rule().equals(f.rule()) && o.end() > f.start()).findFirst()
                    .orElse(null);
            if (same == null) {
                out.add(f);
            } else if (f.end() > same.end()) {
                out.set(out.indexOf(same), new Finding(f.field(), f.rule(), same.start(), f.end(),
                        text.substring(same.start(), f.end()), same.message()));
            }
        }
        return out;
    }
}
