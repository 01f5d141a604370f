package org.learningledger.command.publication;

import java.util.regex.Pattern;

/**
 * Phone numbers as people write them: nine digits in threes, in 3-2-2-2, or run together, with or
 * without a country code (+420, 00420, (+420)), followed by anything but more digits; a full stop or
 * comma ends a number unless a digit follows (a decimal). Without a country code a Czech number
 * starts with 2 to 7, so that "120 130 140" stays a list of counts; an amount ("250 000 000 Kč") is no
 * phone either, nor are digits inside a code or an identifier ("a727517753b1").
 */
final class PhoneNumbers {

    private static final String SEP = "[ \\u00A0-]";
    private static final String REST = "\\d{2}(?:" + SEP + "?\\d{3}" + SEP + "?\\d{3}"
            + "|" + SEP + "\\d{2}" + SEP + "\\d{2}" + SEP + "\\d{2})";
    private static final String COUNTRY = "(?:\\(\\s?(?:\\+|00)\\d{3}\\s?\\)|(?<![\\d+])(?:\\+|00)\\d{3})";

    static final Pattern PATTERN = Pattern.compile(
            "(?:" + COUNTRY + SEP + "?\\d" + REST
                    + "|(?<![\\p{L}\\d/+])(?<!\\d[.,])(?<!\\d" + SEP + ")[2-7]" + REST + ")"
                    + "(?![\\p{L}\\d]|[.,]\\d|\\s?(?:Kč|korun|CZK|EUR|€))");

    private PhoneNumbers() {
    }
}
