package org.learningledger.query.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV records for the exports, safe to open in a spreadsheet. */
public final class CsvRecords {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final CSVFormat ENGLISH = CSVFormat.RFC4180;
    private static final CSVFormat CZECH = CSVFormat.RFC4180.builder().setDelimiter(';').get();

    private CsvRecords() {
    }

    /** One record in the {@link CsvStyle#ENGLISH English} style: see {@link #of(List, CsvStyle)}. */
    public static String of(List<?> values) {
        return of(values, CsvStyle.ENGLISH);
    }

    /**
     * One RFC 4180 record (CRLF-terminated, quoted where needed) with the style's delimiter. A text that a
     * spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading
     * apostrophe, as OWASP advises against CSV injection: an analyst opening the export runs nobody's formula.
     * Numbers are not texts: a negative value stays a number, written with the style's decimal separator.
     */
    public static String of(List<?> values, CsvStyle style) {
        StringBuilder record = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(record, style.czech() ? CZECH : ENGLISH)) {
            printer.printRecord(values.stream().map(value -> written(value, style)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return record.toString();
    }

    /** The first record of a file: the byte order mark, then the header. */
    public static String header(List<String> columns, CsvStyle style) {
        return CsvStyle.BOM + of(columns, style);
    }

    private static Object written(Object value, CsvStyle style) {
        if (value instanceof Number number) {
            return style.number(number);
        }
        if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
