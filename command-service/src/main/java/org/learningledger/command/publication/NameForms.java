package org.learningledger.command.publication;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The declined forms of a Czech name, from its ending: people write "Aničce", "Novákovou" and
 * "u Novákových", not only the dictionary form. Generous on purpose: a form nobody writes costs
 * nothing, a missing one lets a name through. A stem after a slash gives the other cases of a name
 * whose e drops out (Marek/Mark: Marka, Markovi).
 */
final class NameForms {

    private static final String[] MASCULINE = {"a", "e", "i", "u", "ovi", "em", "ové", "ů", "ům"};
    private static final String[] FAMILY = {"ových", "ovým", "ovými"};
    private static final String[] FEMININE_A = {"y", "u", "ou", "o", "ě", "e", "ovi", "ové"};

    private NameForms() {
    }

    /** Every form of one entry; a surname also yields the women's name (Novák: Nováková, Novotný: Novotná). */
    static Set<String> of(String entry, boolean surname) {
        String[] parts = entry.split("/", 2);
        String lemma = parts[0];
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        String last = lemma.substring(lemma.length() - 1);
        String rest = lemma.substring(0, lemma.length() - 1);
        switch (last) {
            case "á" -> adjectiveFeminine(forms, rest);
            case "ý" -> {
                add(forms, rest, "ého", "ému", "ým", "í", "ých");
                if (surname) {
                    adjectiveFeminine(forms, rest);
                }
            }
            case "í" -> add(forms, rest, "ího", "ímu", "ím");
            case "a" -> {
                add(forms, rest, FEMININE_A);
                forms.add(softened(rest));
                if (surname) {
                    add(forms, rest, FAMILY);
                    adjectiveFeminine(forms, rest + "ov");
                }
            }
            case "e" -> add(forms, rest, "i", "í");
            default -> {
                if (Character.isLetter(last.charAt(0)) && "iouy".indexOf(last.charAt(0)) < 0) {
                    String stem = parts.length > 1 ? parts[1] : lemma;
                    add(forms, stem, MASCULINE);
                    if (surname) {
                        add(forms, stem, FAMILY);
                        adjectiveFeminine(forms, stem + "ov");
                    }
                }
            }
        }
        return forms;
    }

    private static void adjectiveFeminine(Set<String> forms, String stem) {
        add(forms, stem, "á", "é", "ou");
    }

    /** Dative and locative of a feminine -a name: Aničce, Olze, Petře. */
    private static String softened(String stem) {
        if (stem.endsWith("ch")) {
            return stem.substring(0, stem.length() - 2) + "še";
        }
        String head = stem.substring(0, stem.length() - 1);
        return switch (stem.charAt(stem.length() - 1)) {
            case 'k' -> head + "ce";
            case 'h', 'g' -> head + "ze";
            case 'r' -> head + "ře";
            default -> stem + "ě";
        };
    }

    private static void add(Set<String> forms, String stem, String... endings) {
        for (String ending : endings) {
            forms.add(stem + ending);
        }
    }
}
