package org.learningledger.command.publication;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Indirect identifiers that together point at one family: an exact age ("sedmiletý", "8letá",
 * "ve věku 8 let") and a named place in one sentence ("z Dolní Lhoty", "ve Zálesí"), in either order.
 * The ledger cannot tell a village from a town, so every place counts as small except the regional
 * capitals and countries of large-places.txt. An age that describes a project ("tříletý projekt")
 * is no one's age.
 */
final class AgeAndPlace {

    private static final String NUMBER_WORDS = "jedno|dvou|tří|čtyř|pěti|šesti|sedmi|osmi|devíti|deseti"
            + "|jedenácti|dvanácti|třinácti|čtrnácti|patnácti|šestnácti|sedmnácti|osmnácti";
    private static final String AGE = "(?:(?<![\\p{L}\\p{N}])(?:\\d{1,2}\\s?-?\\s?|(?:" + NUMBER_WORDS + "|"
            + capitalised(NUMBER_WORDS) + "))let(?:ý|á|é|ou|ého|ému|ým|í|ých|ými)(?!\\p{L})"
            + "(?!\\s+(?:projekt|plán|program|pilot|grant|výzkum|cyklus|kontrakt|období))"
            + "|(?<!\\p{L})ve věku \\d{1,2} (?:let|roků)(?!\\p{L}))";
    private static final String WORD = "\\p{Lu}\\p{Ll}+";
    private static final String GAP = "[^.!?\\n]{0,60}?";

    static final Pattern PATTERN = Pattern.compile(AGE + GAP + place() + "|" + place() + GAP + AGE);

    private AgeAndPlace() {
    }

    /** "z", "ze", "v", "ve" or "u" and a capitalised name of one or two words, not a large place. */
    static String place() {
        Set<String> large = new LinkedHashSet<>();
        for (String line : WordLists.lines("large-places.txt")) {
            for (String form : line.split(";")) {
                large.add(form.strip());
            }
        }
        return "(?<!\\p{L})(?:[zZ]e?|[vV]e?|[uU])\\s+(?!" + WordLists.alternation(large) + "(?!\\p{L}))"
                + WORD + "(?:\\s(?:nad|pod)\\s" + WORD + "|\\s" + WORD + ")?(?!\\p{L})";
    }

    private static String capitalised(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split("\\|")) {
            out.append(out.isEmpty() ? "" : "|").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
