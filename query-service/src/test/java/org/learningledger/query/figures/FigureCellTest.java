package org.learningledger.query.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.learningledger.events.report.ReportKind;

class FigureCellTest {

    private final UUID region = UUID.randomUUID();

    @Test
    void givenNoReportsOrOneToFour_whenShown_thenTheyLookTheSame() {
        FigureCell none = FigureCell.of(region, ReportKind.INCIDENT, 0);
        LongStream.rangeClosed(1, 4).forEach(n -> assertThat(FigureCell.of(region, ReportKind.INCIDENT, n))
                .as("%d reports", n).isEqualTo(none));
        assertThat(none.reports()).isNull();
        assertThat(none.fewerThan5()).isTrue();
    }

    @Test
    void givenFiveReportsOrMore_whenShown_thenTheNumberIsShown() {
        assertThat(FigureCell.of(region, ReportKind.CONCERN, 5))
                .isEqualTo(new FigureCell(region, ReportKind.CONCERN, 5, false));
        assertThat(FigureCell.of(region, ReportKind.CONCERN, 1234).reports()).isEqualTo(1234);
    }

    @Test
    void givenANegativeCount_whenShown_thenItIsRefused() {
        assertThatThrownBy(() -> FigureCell.of(region, ReportKind.NEAR_MISS, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
