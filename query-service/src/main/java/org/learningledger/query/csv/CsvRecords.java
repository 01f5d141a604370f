package org.learningledger.query.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV records for the exports, safe to open in a spreadsheet. */
public final class CsvRecords {

    private static final String FORMULA_START = "=+-@\t\r";

    private CsvRecords() {
    }

    /**
     * One RFC 4180 record (CRLF-terminated, quoted where needed). A text that a spreadsheet would run
     * as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe,
     * as OWASP advises against CSV injection: an analyst opening the export runs nobody's formula.
     * Numbers are not texts: a negative value stays a number.
     */
    public static String of(List<?> values) {
        StringBuilder record = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(record, CSVFormat.RFC4180)) {
            printer.printRecord(values.stream().map(CsvRecords::defused).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return record.toString();
    }

    private static Object defused(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
