package org.learningledger.query.runchart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The sentences of one language; {@link ChartWords} decides which sentence a chart needs. */
interface Words {

    String signal(Signal signal);

    String noPoints();

    String noPointsInPhase();

    String emptyPhase(LocalDate from);

    String frozenMedian(String median, int baselinePoints);

    String movingMedian(String median, int points);

    String rulesJudged(int useful);

    String tooFewUseful(int useful);

    String allOnMedian(int points);

    String signals(int count, String latest);

    String noSignal();

    String earlierSignals(int count);

    /** A number as written in the language: no trailing zeros, never an exponent. */
    static String number(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return "cs".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /** "3 March" / "3. března": MMMM is the format (genitive) month, which Czech needs after a day. */
    static String day(LocalDate day, Locale locale) {
        String pattern = "cs".equals(locale.getLanguage()) ? "d. MMMM" : "d MMMM";
        return day.format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
