package org.learningledger.infra;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.LedgerCalendar;

/**
 * The demo's story, in the words of OSPOD workers: the Pardubice team tries things at every stage, turns the
 * shared agenda into a learning that its region's steward endorses and invites to the nation, the team shares
 * it nationally, the Vysočina steward endorses it, and Jihlava tries it on families who no longer talk to each
 * other. The Pardubice team also questions the 30-day assessment deadline, and its steward answers. Texts name
 * nobody and give no exact date or age: the ledger's guard refuses those in shared texts, and an observation
 * has no business holding them either. Dates count back from the seeding day.
 */
final class DemoStory {

    static final UUID PLANNED = DemoOrganisation.id("31");
    static final UUID RUNNING = DemoOrganisation.id("32");
    static final UUID CONCLUDED = DemoOrganisation.id("33");
    static final UUID ABANDONED = DemoOrganisation.id("34");
    static final UUID LEARNING = DemoOrganisation.id("35");
    static final UUID TRIED_IN_JIHLAVA = DemoOrganisation.id("36");
    static final UUID CHALLENGE = DemoOrganisation.id("37");

    private final DemoSeeder.Poster poster;
    private final LocalDate today = LocalDate.now(LedgerCalendar.ZONE);

    DemoStory(DemoSeeder.Poster poster) {
        this.poster = poster;
    }

    void tell() throws Exception {
        UUID team = DemoOrganisation.PARDUBICE_CONFLICT.id();
        propose("jana", team, PLANNED, null,
                "Uklidní se společné schůzky, když se nejdřív sejdeme s každým rodičem zvlášť?",
                "Na společné případové konferenci bude méně zvýšených hlasů a žádné jednání nebudeme muset přerušit.",
                "U dalších pěti rodin ve sporu o péči pozveme každého rodiče nejdřív na samostatnou úvodní schůzku"
                        + " (asi hodinu, u nás nebo u něj doma) a teprve potom oba na společnou případovou konferenci.",
                "Kolikrát se společná schůzka vyhrotí; co o schůzkách řeknou rodiče a co dítě.");
        propose("tomas", team, RUNNING, null,
                "Udrží krátké videohovory mezi domácími návštěvami rodiče v kontaktu s námi?",
                "Rodiče se připojí k většině domluvených hovorů a méně často zruší další návštěvu.",
                "Osmi rodinám nabídneme mezi návštěvami jednou týdně patnáctiminutový videohovor v čase, který si"
                        + " vyberou samy, klidně večer po práci.",
                "Podíl domluvených videohovorů, ke kterým se rodiče připojili; zrušené domácí návštěvy.");
        DemoMeasure.seed(poster, RUNNING);
        observe("tomas", RUNNING, "41", "NOTE", 6, "Dvě ze tří rodin se připojily ke každému hovoru. Třetí rodina"
                + " nemá doma stabilní internet, tak jí voláme na mobil bez obrazu.");
        observe("jana", RUNNING, "42", "CHILD_VOICE", 4,
                "Bylo hezký, že jste mluvili s mámou i s tátou a já u toho mohl sedět.");
        observe("tomas", RUNNING, "44", "FAMILY_VOICE", 2, "Táta: Patnáct minut po práci zvládnu. Na úřad bych si"
                + " musel brát volno a to mi šéf nedá každý týden.");
        concluded(team);
        learning();
        abandoned();
        triedInJihlava();
        challenge(team);
    }

    private void concluded(UUID team) throws Exception {
        propose("jana", team, CONCLUDED, null,
                "Zkrátí se případové konference, když program napíšeme předem společně s oběma rodiči?",
                "Konference budou kratší a rodiče se na nich méně budou přít o to, o čem se vůbec mluví.",
                "S pěti rodinami napíšeme týden před konferencí program: každý rodič řekne, co potřebuje probrat,"
                        + " a dítě, pokud chce, přidá svůj bod. Program dostanou oba rodiče domů.",
                "Délka konference v minutách; kolik bodů programu se stihlo probrat; co říkají rodiče.");
        post("jana", "/api/experiments/" + CONCLUDED + "/start", Map.of("startedOn", today.minusWeeks(14).toString()));
        observe("jana", CONCLUDED, "43", "FAMILY_VOICE", 10, "Konečně jsme věděli, k čemu ta schůzka je.");
        observe("jana", CONCLUDED, "45", "CHILD_VOICE", 9,
                "Líbilo se mi, že na tom papíře bylo i to, co chci já. Že chci o víkendech i k tátovi.");
        observe("tomas", CONCLUDED, "46", "NOTE", 8, "Ve čtyřech rodinách z pěti napsali rodiče program za dvacet"
                + " minut. V jedné se neshodli, tak napsal každý svůj a na konferenci jsme je spojili.");
        observe("jana", CONCLUDED, "47", "FAMILY_VOICE", 7,
                "Máma: Poprvé jsem neměla pocit, že se o nás rozhoduje, než vůbec přijdu.");
        post("jana", "/api/experiments/" + CONCLUDED + "/conclusion", Map.of("decision", "ADAPT", "summary",
                "Konference byly kratší a méně vyhrocené a stihli jsme probrat skoro všechno. Ponecháme to, ale"
                        + " jedna rodina potřebovala tlumočníka a program jsme jí museli přeložit; příště to"
                        + " domluvíme hned při první návštěvě."));
    }

    /** The concluded experiment's learning: to the region, endorsed and invited there, then to the nation. */
    private void learning() throws Exception {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("learningId", LEARNING.toString());
        draft.put("title", "Program konference psaný předem s oběma rodiči");
        draft.put("summary", "Když rodiče týden před případovou konferencí napíšou s námi, co chtějí probrat,"
                + " konference je kratší, méně vyhrocená a dítě v ní má svůj bod.");
        draft.put("practice", "Při domácí návštěvě týden před konferencí se každého rodiče zeptáme, co potřebuje"
                + " probrat, a zapíšeme to jeho slovy. Dítě, pokud chce, přidá svůj bod. Když se rodiče na programu"
                + " neshodnou, napíše každý svůj a na začátku konference je spojíme. Program dostanou oba domů.");
        draft.put("context", "Pět rodin ve sporu o péči o dítě, městský OSPOD; jedna rodina potřebovala tlumočníka.");
        draft.put("evidence", List.of(CONCLUDED.toString()));
        post("jana", "/api/teams/" + DemoOrganisation.PARDUBICE_CONFLICT.id() + "/learnings", draft);
        String base = "/api/learnings/" + LEARNING;
        post("jana", base + "/publications", Map.of("tier", "REGION"));
        post("pavla", base + "/endorsements", Map.of("note", "Jednoduché a dá se to vyzkoušet hned od příštího týdne."
                + " Doporučuji všem týmům v kraji, které řeší spory rodičů o péči."));
        post("pavla", base + "/invitations", Map.of("tier", "NATION"));
        post("jana", base + "/publications", Map.of("tier", "NATION"));
        post("ondrej", base + "/endorsements", Map.of("note", "Na Vysočině to už zkouší jeden tým u rodičů, kteří"
                + " spolu skoro nemluví. Dám vědět, jak to dopadne."));
    }

    private void abandoned() throws Exception {
        propose("lucie", DemoOrganisation.JIHLAVA_CONFLICT.id(), ABANDONED, null,
                "Zastihneme pracující rodiče, když je navštívíme večer?",
                "Na večerní návštěvy přijdou oba rodiče a nebudeme je muset přesouvat.",
                "Tři měsíce nabídneme rodinám návštěvu mezi pátou a osmou večer, jednou za čtrnáct dní.",
                "Kolik večerních návštěv se uskutečnilo; kolikrát byli doma oba rodiče.");
        post("lucie", "/api/experiments/" + ABANDONED + "/abandonment", Map.of("reason",
                "Tuto zimu jsme večerní návštěvy nedokázali obsadit: ve dvou po tmě jezdit nechceme a sama nikdo."
                        + " Vrátíme se k tomu na jaře, až se domluvíme na náhradním volnu."));
    }

    /** Another team, another region: Jihlava tries the national learning with parents who hardly talk. */
    private void triedInJihlava() throws Exception {
        propose("lucie", DemoOrganisation.JIHLAVA_CONFLICT.id(), TRIED_IN_JIHLAVA, LEARNING,
                "Funguje předem psaný program i u rodičů, kteří spolu skoro nemluví?",
                "I když program napíše každý rodič zvlášť, konference se nevyhrotí a dítě řekne, co chce.",
                "Podle sdíleného postupu: s každým rodičem napíšeme program zvlášť, při vlastní návštěvě, a na"
                        + " konferenci je spojíme. Vyzkoušíme to u čtyř rodin.",
                "Délka konference; zda se konference musela přerušit; co řekne dítě.");
        post("lucie", "/api/experiments/" + TRIED_IN_JIHLAVA + "/start",
                Map.of("startedOn", today.minusWeeks(3).toString()));
        observe("lucie", TRIED_IN_JIHLAVA, "48", "NOTE", 1, "První konference podle dvou programů trvala hodinu;"
                + " minule jsme po dvou hodinách odcházeli bez dohody.");
        observe("lucie", TRIED_IN_JIHLAVA, "49", "CHILD_VOICE", 1, "Chci, aby se u toho nekřičelo.");
    }

    /** A double loop: the deadline that makes the team close assessments early, and the steward's answer. */
    private void challenge(UUID team) throws Exception {
        post("jana", "/api/teams/" + team + "/challenges", Map.of("challengeId", CHALLENGE.toString(),
                "tier", "REGION", "target", "Lhůta 30 dnů na vyhodnocení situace dítěte a rodiny",
                "perverseEffect", "Abychom lhůtu stihli, uzavíráme vyhodnocení dřív, než se stihneme sejít s každým"
                        + " rodičem zvlášť. U rodin ve sporu ho pak stejně předěláváme.",
                "evidence", List.of(LEARNING.toString())));
        Map<String, Object> answer = Map.of("answer", "UNDER_REVIEW", "outcomeReviewOn",
                today.plusMonths(3).toString(), "rationale", "Lhůtu neměníme hned, ale do tří měsíců projdeme s týmy"
                        + " kraje, u kolika rodin ve sporu se vyhodnocení předělávalo. Do té doby platí, že"
                        + " samostatné schůzky s rodiči jsou součástí vyhodnocení.");
        post("pavla", "/api/challenges/" + CHALLENGE + "/answers", answer);
    }

    private void propose(String who, UUID team, UUID id, UUID basedOn, String question, String prediction,
            String plan, String measures) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("experimentId", id.toString());
        body.put("question", question);
        body.put("prediction", prediction);
        body.put("plan", plan);
        body.put("measures", measures);
        if (basedOn != null) {
            body.put("basedOn", basedOn.toString());
        }
        post(who, "/api/teams/" + team + "/experiments", body);
    }

    private void observe(String who, UUID experiment, String id, String kind, int weeksAgo, String text)
            throws Exception {
        post(who, "/api/experiments/" + experiment + "/observations", Map.of("observationId",
                DemoOrganisation.id(id).toString(), "kind", kind, "text", text,
                "observedOn", today.minusWeeks(weeksAgo).toString()));
    }

    private void post(String who, String path, Map<String, ?> body) throws Exception {
        poster.post(who, path, IssuerJson.write(body));
    }
}
