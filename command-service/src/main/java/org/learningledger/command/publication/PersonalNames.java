package org.learningledger.command.publication;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Personal names: the common Czech given names and surnames of the word lists in every declined form,
 * and any capitalised word after a title or form of address ("paní Kratochvílová", "MUDr. Horký"),
 * which catches the names no list holds. A name that is also an ordinary word (Veselý, Král) counts
 * only inside a sentence, where a capital letter means a name.
 */
final class PersonalNames {

    private static final String NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    /** Inside a sentence: a word, number, comma or dash and a space come before. */
    private static final String INSIDE_SENTENCE = "(?<=[\\p{L}\\p{N},;)–-]\\s{1,3})";

    static final Pattern LISTED = listed();

    static final Pattern TITLED = Pattern.compile(NOT_IN_WORD_BEFORE
            + "(?:(?:[Pp]aní|[Pp]an(?:a|u|em|e)?|[Ss]lečn(?:a|y|ě|u|ou|o))\\s+"
            + "|(?:MUDr|MDDr|MVDr|Mgr|Bc|Ing|PhDr|JUDr|PaedDr|RNDr|ThDr|Dr|doc|prof)\\.\\s*)"
            + "\\p{Lu}\\p{Ll}+" + NOT_IN_WORD_AFTER);

    private PersonalNames() {
    }

    private static Pattern listed() {
        Set<String> plain = new LinkedHashSet<>();
        Set<String> ordinary = new LinkedHashSet<>();
        read("given-names.txt", false, plain, ordinary);
        read("surnames.txt", true, plain, ordinary);
        plain.removeAll(ordinary);
        return Pattern.compile(NOT_IN_WORD_BEFORE + "(?=\\p{Lu})(?:" + WordLists.alternation(plain)
                + "|" + INSIDE_SENTENCE + WordLists.alternation(ordinary) + ")" + NOT_IN_WORD_AFTER);
    }

    private static void read(String list, boolean surnames, Set<String> plain, Set<String> ordinary) {
        for (String line : WordLists.lines(list)) {
            boolean alsoAWord = line.startsWith("*");
            for (String entry : line.replace("*", "").split("\\s+")) {
                (alsoAWord ? ordinary : plain).addAll(NameForms.of(entry, surnames));
            }
        }
    }
}
