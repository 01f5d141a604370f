package org.learningledger.query.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How search ignores diacritics and case, in one place: the same letter map folds the stored text (in SQL,
 * {@link #sql}) and the searched words (here, {@link #fold}). A map of single letters keeps a folded text as long
 * as the original, so a match found in the folded text points at the same place in the original (the snippet).
 * Why a map of our own and not {@code unaccent}: it is an extension that a hosted PostgreSQL may lack or not let
 * us create, and translate() is immutable and built in. The map covers Czech and Slovak, and the common other
 * Latin letters people type in these teams.
 */
final class Folding {

    // Each letter of FROM folds to the letter at the same place in TO: upper and lower case alike.
    static final String FROM = "áäčďéěëíĺľňóôöŕřšťúůüýžÁÄČĎÉĚËÍĹĽŇÓÔÖŔŘŠŤÚŮÜÝŽABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String TO = "aacdeeeillnooorrstuuuyzaacdeeeillnooorrstuuuyzabcdefghijklmnopqrstuvwxyz";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Folding() {
    }

    /** The folded form of a column or expression, in SQL; constants only, no input goes into it. */
    static String sql(String expression) {
        return "translate(coalesce(" + expression + ", ''), '" + FROM + "', '" + TO + "')";
    }

    /** The folded form of a text, exactly as {@link #sql} folds it, then lower-cased as to_tsvector does. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = FROM.indexOf(c);
            folded.append(at < 0 ? Character.toLowerCase(c) : TO.charAt(at));
        }
        return folded.toString();
    }

    /** The searched words, folded: letters and digits only, so nothing of them is tsquery syntax. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(query.toLowerCase(Locale.ROOT)));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** A tsquery of every word as a prefix: "skol dit" finds "školy" and "dítě". */
    static String tsquery(List<String> words) {
        return String.join(" & ", words.stream().map(w -> w + ":*").toList());
    }
}
