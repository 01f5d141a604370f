package org.learningledger.query.search;

import java.util.List;

/**
 * A short plain excerpt around the first searched word in a text. The words are found in the folded text
 * ({@link Folding}), which is as long as the original, so the excerpt is cut from the original with its
 * diacritics. Plain text, no markup: the interface escapes it like any other text.
 */
final class Snippets {

    static final int WIDTH = 160;

    private Snippets() {
    }

    static String of(String text, List<String> words) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String folded = Folding.fold(text);
        int at = -1;
        for (String word : words) {
            int found = wordStart(folded, word);
            if (found >= 0 && (at < 0 || found < at)) {
                at = found;
            }
        }
        int start = Math.max(0, (at < 0 ? 0 : at) - WIDTH / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--; // never cut a word in two at the front
        }
        int end = Math.min(text.length(), start + WIDTH);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    /** Where a word starts with {@code prefix}, as the tsquery's prefix match would find it; -1 if nowhere. */
    private static int wordStart(String folded, String prefix) {
        for (int i = folded.indexOf(prefix); i >= 0; i = folded.indexOf(prefix, i + 1)) {
            if (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }
}
