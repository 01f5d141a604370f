package org.learningledger.query.runchart;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The run chart's sentences in Czech, as social workers speak (medián, posun, trend, neobvykle vzdálený bod).
 * Counts take the noun form Czech needs: 1 bod, 2–4 body, otherwise bodů (0, 5 and more, also 21, 22: the CLDR
 * rule for whole numbers).
 */
final class CzechWords implements Words {

    static final CzechWords INSTANCE = new CzechWords();

    private static final Locale CZECH = Locale.forLanguageTag("cs");
    private static final String CHANCE_STAYS = "body se drží na jedné straně déle, než by odpovídalo náhodě";

    private CzechWords() {
    }

    @Override
    public String signal(Signal s) {
        int n = s.usefulPoints();
        int k = s.observed();
        switch (s.rule()) {
            case SHIFT:
                return k + " " + points(k) + " " + side(s) + " mediánem " + when(s) + ": posun" + way(s);
            case TREND:
                boolean rising = s.direction() == Direction.RISING;
                String verb = few(k) ? (rising ? "stoupají" : "klesají") : (rising ? "stoupá" : "klesá");
                return k + " " + points(k) + " za sebou " + verb + " " + when(s) + ": trend" + way(s);
            case ASTRONOMICAL:
                return "Bod ze dne " + day(s.from()) + " leží "
                        + (s.direction() == Direction.ABOVE ? "vysoko nad" : "hluboko pod") + " obvyklým rozpětím:"
                        + " neobvykle vzdálený bod" + way(s);
            case LONGEST_RUN:
                return k + " " + points(k) + " za sebou " + side(s) + " mediánem " + when(s)
                        + ", přičemž při čisté náhodě bývá u " + n + " bodů za sebou nejvýš "
                        + RuleLimits.longestRunAtMost(n) + ": posun" + way(s);
            case TOO_FEW_RUNS:
                return "Jen " + k + " " + stretches(k) + " nad a pod mediánem, přičemž při čisté náhodě jich u " + n
                        + " bodů bývá " + RuleLimits.runsAtLeast(n) + " až " + RuleLimits.runsAtMost(n) + ": "
                        + CHANCE_STAYS;
            case TOO_MANY_RUNS:
                return k + " " + stretches(k) + " nad a pod mediánem, přičemž při čisté náhodě jich u " + n
                        + " bodů bývá " + RuleLimits.runsAtLeast(n) + " až " + RuleLimits.runsAtMost(n) + ": body"
                        + " přeskakují medián častěji, než by odpovídalo náhodě, jako když se v jednom měření mísí"
                        + " dvě různé věci";
            case FEW_CROSSINGS:
                return crosses(k) + ", přičemž při čisté náhodě ho u " + n + " bodů protíná aspoň "
                        + RuleLimits.crossingsAtLeast(n) + "krát: " + CHANCE_STAYS;
            default:
                throw new IllegalArgumentException("no words for " + s.rule());
        }
    }

    @Override
    public String noPoints() {
        return "Zatím žádné body.";
    }

    @Override
    public String noPointsInPhase() {
        return "V této fázi zatím nejsou žádné body.";
    }

    @Override
    public String emptyPhase(LocalDate from) {
        return "Nová fáze od " + day(from) + " zatím nemá žádné body.";
    }

    @Override
    public String frozenMedian(String median, int baselinePoints) {
        String from = baselinePoints == 1 ? "1 výchozího bodu" : baselinePoints + " výchozích bodů";
        return "Medián " + median + ", pevně stanovený podle " + from + ".";
    }

    @Override
    public String movingMedian(String median, int points) {
        String from = points == 1 ? "jediného dosavadního bodu" : "dosavadních " + points + " bodů";
        return "Medián " + median + " podle " + from + "; dokud se pevně nestanoví, může se ještě změnit.";
    }

    @Override
    public String rulesJudged(int useful) {
        return "Pravidla se posuzují podle " + useful + " bodů, které neleží na mediánu.";
    }

    @Override
    public String tooFewUseful(int useful) {
        String sofar = useful == 0 ? "zatím žádný" : useful == 1 ? "zatím je 1"
                : few(useful) ? "zatím jsou " + useful : "zatím jich je " + useful;
        return "Pravidla potřebují aspoň " + RuleLimits.MIN_USEFUL + " bodů, které neleží na mediánu, takže se ještě"
                + " neposuzují (" + sofar + ").";
    }

    @Override
    public String allOnMedian(int points) {
        String all = few(points) ? "Všechny " + points + " body leží" : "Všech " + points + " bodů leží";
        return all + " na mediánu, takže pravidla nemají co posuzovat: potřebují aspoň " + RuleLimits.MIN_USEFUL
                + " bodů, které na mediánu neleží.";
    }

    @Override
    public String signals(int count, String latest) {
        String counted = count == 1 ? "1 signál" : count + " " + plural(count, "signál", "signály", "signálů")
                + ", poslední";
        return counted + " – " + latest + ".";
    }

    @Override
    public String noSignal() {
        return "Zatím žádný signál: body kolísají kolem mediánu tak, jak by odpovídalo náhodě.";
    }

    @Override
    public String earlierSignals(int count) {
        return "V dřívějších fázích: " + count + " " + plural(count, "signál", "signály", "signálů") + ".";
    }

    /** 1 → one, 2–4 → few, anything else → many. */
    static String plural(int n, String one, String few, String many) {
        return n == 1 ? one : few(n) ? few : many;
    }

    private static boolean few(int n) {
        return n >= 2 && n <= 4;
    }

    private static String points(int n) {
        return plural(n, "bod", "body", "bodů");
    }

    private static String stretches(int n) {
        return plural(n, "úsek", "úseky", "úseků");
    }

    private static String crosses(int crossings) {
        return crossings == 0 ? "Čára medián vůbec neprotíná"
                : "Čára protíná medián " + (crossings == 1 ? "jen jednou" : "jen " + crossings + "krát");
    }

    private static String when(Signal s) {
        if (s.from().equals(s.to())) {
            return "dne " + day(s.from());
        }
        return s.ongoing() ? "od " + day(s.from()) : "od " + day(s.from()) + " do " + day(s.to());
    }

    private static String side(Signal s) {
        return s.direction() == Direction.ABOVE ? "nad" : "pod";
    }

    private static String way(Signal s) {
        return s.better() == null ? "" : s.better() ? " žádoucím směrem" : " nežádoucím směrem";
    }

    private static String day(LocalDate day) {
        return Words.day(day, CZECH);
    }
}
