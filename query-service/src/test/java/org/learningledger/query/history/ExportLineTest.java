package org.learningledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
}
