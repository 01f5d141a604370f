package org.learningledger.command.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lesson's text: the publication rules plus exact dates, case numbers and places below the region. */
class LessonGuardTest {

    private static List<String> rules(String text) {
        IdentifyingDetails refused = catchThrowableOfType(IdentifyingDetails.class,
                () -> DeidentificationGuard.checkLesson(Map.of("summary", text)));
        assertThat(refused).as(text).isNotNull();
        assertThat(refused.findings()).allMatch(f -> f.field().equals("summary"));
        return refused.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void exactDatesAreRefused() {
        assertThat(rules("Stalo se 12. 3. 2026 odpoledne.")).contains("exact-date");
        assertThat(rules("Stalo se 12.3. odpoledne.")).contains("exact-date");
        assertThat(rules("Stalo se 2026-03-12.")).contains("exact-date");
        assertThat(rules("Stalo se 12. března 2026.")).contains("exact-date");
    }

    @Test
    void exactDatesWrittenInEnglishAreRefused() {
        assertThat(rules("On 3 March 2026 a visit was nearly missed.")).contains("exact-date");
        assertThat(rules("It happened on March 3, 2026.")).contains("exact-date");
        assertThat(rules("It happened on the 3rd of Mar. in the evening.")).contains("exact-date");
    }

    @Test
    void aMonthWithoutItsDayPasses() {
        DeidentificationGuard.checkLesson(Map.of("summary", "In March the team may 2x a week check the list; since May we do."));
    }

    @Test
    void caseNumbersAreRefused() {
        assertThat(rules("Viz č. j. OSPOD-123/2026.")).contains("case-number");
        assertThat(rules("Věc sp. zn. 12 P 45/2025 byla uzavřena.")).contains("case-number");
        assertThat(rules("Spis 123/2026 ležel na stole.")).contains("case-number");
    }

    @Test
    void namedPlacesBelowTheRegionAreRefused() {
        assertThat(rules("Rodina z Dolní Lhoty nepřišla.")).contains("named-place");
        assertThat(rules("Stalo se ve Skutči.")).contains("named-place");
    }

    @Test
    void thePublicationRulesApplyToo() {
        assertThat(rules("Volejte 603 123 456.")).contains("phone");
    }

    @Test
    void aLessonWithoutThemPasses() {
        DeidentificationGuard.checkLesson(Map.of("title", "Předávání spisů mezi směnami",
                "summary", "Ve Zlínském kraji i v Praze jsme zavedli kontrolu předání; porady máme každý týden.",
                "practice", "Spis se předává osobně a zapisuje do sešitu předávek."));
    }
}
