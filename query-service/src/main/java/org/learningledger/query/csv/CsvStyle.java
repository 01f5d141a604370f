package org.learningledger.query.csv;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * How an export is written for the reader's spreadsheet. Czech Excel (and LibreOffice in a Czech locale) reads
 * {@code ;} between fields and a decimal comma; everything else reads {@code ,} and a decimal point. Either way
 * the file starts with a UTF-8 byte order mark, so that Excel reads "Ústí" as UTF-8 and not as Windows-1250.
 */
public enum CsvStyle {
    ENGLISH(',', "en"), CZECH(';', "cs");

    /** The byte order mark that tells a spreadsheet the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private static final List<String> LANGUAGES = List.of("cs", "en");

    private final char delimiter;
    private final String language;

    CsvStyle(char delimiter, String language) {
        this.delimiter = delimiter;
        this.language = language;
    }

    /**
     * The style asked for: an explicit {@code locale} ({@code cs} or {@code en}) wins; else the first of Czech
     * and English that {@code Accept-Language} prefers; else English. A {@code locale} other than those two is
     * refused (400 naming {@code locale}).
     */
    public static CsvStyle of(String locale, String acceptLanguage) {
        if (locale != null) {
            return switch (locale.trim().toLowerCase(Locale.ROOT)) {
                case "cs" -> CZECH;
                case "en" -> ENGLISH;
                default -> throw new UnknownLocaleException();
            };
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            return "cs".equals(Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES)) ? CZECH : ENGLISH;
        } catch (IllegalArgumentException e) {
            return ENGLISH; // a header no browser sends: the neutral style
        }
    }

    public char delimiter() {
        return delimiter;
    }

    /** {@code cs} or {@code en}: the language of the labels. */
    public String language() {
        return language;
    }

    public boolean czech() {
        return this == CZECH;
    }

    /** A number as the spreadsheet reads it: never an exponent, never grouped, a decimal comma in Czech. */
    String number(Number value) {
        String plain = value instanceof BigDecimal decimal ? decimal.toPlainString()
                : value instanceof Double || value instanceof Float ? BigDecimal.valueOf(value.doubleValue()).toPlainString()
                : value.toString();
        return czech() ? plain.replace('.', ',') : plain;
    }
}
