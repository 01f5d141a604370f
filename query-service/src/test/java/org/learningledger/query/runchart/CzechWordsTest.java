package org.learningledger.query.runchart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.query.runchart.Sentences.phase;
import static org.learningledger.query.runchart.Sentences.signal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CzechWordsTest {

    private static final Locale CS = Locale.forLanguageTag("cs");

    @Test
    void givenSixPointsBelowTheMedianSince3March_whenSaidInCzech_thenTheIssuesSentence() {
        assertThat(ChartWords.signal(signal(Rule.SHIFT, Direction.BELOW, true, 6, 16, true), CS))
                .isEqualTo("6 bodů pod mediánem od 3. března: posun žádoucím směrem");
        assertThat(ChartWords.signal(signal(Rule.SHIFT, Direction.ABOVE, false, 6, 16, false),
                Locale.forLanguageTag("cs-CZ")))
                .isEqualTo("6 bodů nad mediánem od 3. března do 8. března: posun nežádoucím směrem");
    }

    @Test
    void givenCounts_whenSaidInCzech_thenOneBodTwoToFourBodyOtherwiseBodu() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 11, 21, 22, 25).stream()
                .map(n -> n + " " + CzechWords.plural(n, "bod", "body", "bodů")).toList())
                .containsExactly("0 bodů", "1 bod", "2 body", "3 body", "4 body", "5 bodů", "11 bodů", "21 bodů",
                        "22 bodů", "25 bodů");
        assertThat(ChartWords.signal(signal(Rule.SHIFT, Direction.ABOVE, true, 1, 16, true), CS))
                .startsWith("1 bod nad");
        assertThat(ChartWords.signal(signal(Rule.SHIFT, Direction.ABOVE, true, 3, 16, true), CS))
                .startsWith("3 body nad");
        assertThat(ChartWords.signal(signal(Rule.SHIFT, Direction.ABOVE, true, 22, 40, true), CS))
                .startsWith("22 bodů nad");
    }

    @Test
    void givenEveryMonth_whenADayIsSaidInCzech_thenTheMonthIsInTheGenitive() {
        List<String> days = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            days.add(Words.day(LocalDate.of(2025, month, 3), CS));
        }
        assertThat(days).containsExactly("3. ledna", "3. února", "3. března", "3. dubna", "3. května", "3. června",
                "3. července", "3. srpna", "3. září", "3. října", "3. listopadu", "3. prosince");
        // Why MMMM: the JDK's stand-alone form (LLLL) is the nominative, wrong after a day.
        assertThat(LocalDate.of(2025, 3, 3).format(DateTimeFormatter.ofPattern("d. LLLL", CS))).isEqualTo("3. březen");
        assertThat(Words.day(LocalDate.of(2025, 3, 3), Locale.ENGLISH)).isEqualTo("3 March");
    }

    @Test
    void givenEachOtherRule_whenSaidInCzech_thenWordsAsSocialWorkersSpeak() {
        assertThat(ChartWords.signal(signal(Rule.TREND, Direction.RISING, true, 5, 16, true), CS))
                .isEqualTo("5 bodů za sebou stoupá od 3. března: trend žádoucím směrem");
        assertThat(ChartWords.signal(signal(Rule.TREND, Direction.FALLING, false, 3, 16, true), CS))
                .isEqualTo("3 body za sebou klesají od 3. března: trend nežádoucím směrem");
        assertThat(ChartWords.signal(signal(Rule.ASTRONOMICAL, Direction.ABOVE, true, 1, 13, false), CS))
                .isEqualTo("Bod ze dne 3. března leží vysoko nad obvyklým rozpětím: neobvykle vzdálený bod žádoucím"
                        + " směrem");
        assertThat(ChartWords.signal(signal(Rule.LONGEST_RUN, Direction.BELOW, false, 9, 20, true), CS))
                .isEqualTo("9 bodů za sebou pod mediánem od 3. března, přičemž při čisté náhodě bývá u 20 bodů za"
                        + " sebou nejvýš 7: posun nežádoucím směrem");
        assertThat(ChartWords.signal(signal(Rule.TOO_FEW_RUNS, Direction.NONE, null, 2, 10, true), CS))
                .isEqualTo("Jen 2 úseky nad a pod mediánem, přičemž při čisté náhodě jich u 10 bodů bývá 3 až 8: body"
                        + " se drží na jedné straně déle, než by odpovídalo náhodě");
        assertThat(ChartWords.signal(signal(Rule.TOO_MANY_RUNS, Direction.NONE, null, 12, 12, true), CS))
                .startsWith("12 úseků nad a pod mediánem, přičemž při čisté náhodě jich u 12 bodů bývá 3 až 10: body"
                        + " přeskakují medián častěji");
        assertThat(ChartWords.signal(signal(Rule.FEW_CROSSINGS, Direction.NONE, null, 1, 10, true), CS))
                .isEqualTo("Čára protíná medián jen jednou, přičemž při čisté náhodě ho u 10 bodů protíná aspoň"
                        + " 2krát: body se drží na jedné straně déle, než by odpovídalo náhodě");
        assertThat(ChartWords.signal(signal(Rule.FEW_CROSSINGS, Direction.NONE, null, 0, 10, true), CS))
                .startsWith("Čára medián vůbec neprotíná, přičemž");
    }

    @Test
    void givenTooFewUsefulPoints_whenNotedInCzech_thenTheCountAgreesWithItsVerb() {
        String rule = "Pravidla potřebují aspoň 10 bodů, které neleží na mediánu, takže se ještě neposuzují (";
        assertThat(ChartWords.phaseNote(phase(9, 9, "4.5", false, 8), CS)).isEqualTo("Medián 4,5 podle dosavadních 9"
                + " bodů; dokud se pevně nestanoví, může se ještě změnit. " + rule + "zatím jich je 8).");
        assertThat(ChartWords.phaseNote(phase(4, 4, "2", false, 3), CS)).endsWith(rule + "zatím jsou 3).");
        assertThat(ChartWords.phaseNote(phase(2, 2, "2", false, 1), CS)).endsWith(rule + "zatím je 1).");
        assertThat(ChartWords.phaseNote(phase(1, 1, "3", false, 0), CS)).isEqualTo("Medián 3 podle jediného"
                + " dosavadního bodu; dokud se pevně nestanoví, může se ještě změnit. " + rule + "zatím žádný).");
    }

    @Test
    void givenPhasesAndSummaries_whenSaidInCzech_thenCountedAndFixedRight() {
        assertThat(ChartWords.phaseNote(phase(16, 10, "10", true, 16), CS)).isEqualTo("Medián 10, pevně stanovený"
                + " podle 10 výchozích bodů. Pravidla se posuzují podle 16 bodů, které neleží na mediánu.");
        assertThat(ChartWords.phaseNote(phase(12, 1, "10", true, 11), CS)).startsWith("Medián 10, pevně stanovený"
                + " podle 1 výchozího bodu.");
        assertThat(ChartWords.phaseNote(phase(3, 3, "5", false, 0), CS)).endsWith("Všechny 3 body leží na mediánu,"
                + " takže pravidla nemají co posuzovat: potřebují aspoň 10 bodů, které na mediánu neleží.");

        Phase judged = phase(16, 10, "10", true, 16);
        Signal shift = signal(Rule.SHIFT, Direction.BELOW, true, 6, 16, true);
        Signal runs = signal(Rule.TOO_FEW_RUNS, Direction.NONE, null, 2, 16, true);
        assertThat(ChartWords.summary(new RunChart(List.of(), List.of(judged), List.of()), CS))
                .isEqualTo("Zatím žádný signál: body kolísají kolem mediánu tak, jak by odpovídalo náhodě.");
        assertThat(ChartWords.summary(new RunChart(List.of(), List.of(judged), List.of(shift)), CS))
                .isEqualTo("1 signál – 6 bodů pod mediánem od 3. března: posun žádoucím směrem.");
        assertThat(ChartWords.summary(new RunChart(List.of(), List.of(judged), List.of(shift, runs, runs)), CS))
                .startsWith("3 signály, poslední – 6 bodů pod mediánem");
        assertThat(ChartWords.summary(new RunChart(List.of(), List.of(judged), List.of(shift, runs, runs, runs, runs)),
                CS)).startsWith("5 signálů, poslední – 6 bodů");
        Phase empty = new Phase(1, LocalDate.of(2025, 5, 3), List.of(), List.of(), null, false, 0, false, null);
        assertThat(ChartWords.summary(new RunChart(List.of(), List.of(judged, empty), List.of(shift)), CS))
                .isEqualTo("Nová fáze od 3. května zatím nemá žádné body. V dřívějších fázích: 1 signál.");
    }
}
