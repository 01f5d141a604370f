package org.learningledger.query.history;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.query.csv.CsvStyle;
import org.learningledger.query.organisation.Names;

/**
 * The CSV export's columns after {@link ExportLine#COLUMNS}: the names of the row's team, region and steward's
 * region beside their ids, and the kind, tier and result in words of the chosen language. The code columns stay
 * as they are (scripts filter on {@code kind} and {@code tier}); these are for people reading the sheet. A name
 * is given only where the row gives the id (so a hidden row gives nothing, a fact-only row its ids' names); a
 * kind this class does not know yet is labelled by its code, a missing tier or result is empty.
 */
final class ExportLabels {

    static final List<String> COLUMNS = List.of("team_name", "region_name", "steward_region_name", "kind_label",
            "tier_label", "result_label");

    private static final Map<String, List<String>> KINDS = Map.ofEntries(
            Map.entry("published", List.of("learning shared", "poznatek sdílen")),
            Map.entry("validated", List.of("validation shared", "ověření poznatku sdíleno")),
            Map.entry("endorsed", List.of("endorsed by a steward", "doporučeno koordinátorem")),
            Map.entry("withdrawn", List.of("withdrawn by the team", "staženo týmem")),
            Map.entry("invited", List.of("invited to share wider", "pozvánka ke sdílení dál")),
            Map.entry("drafted", List.of("learning drafted", "koncept poznatku")),
            Map.entry("revised", List.of("draft revised", "koncept upraven")),
            Map.entry("experiment_proposed", List.of("experiment planned", "experiment naplánován")),
            Map.entry("experiment_started", List.of("experiment started", "experiment zahájen")),
            Map.entry("observation_recorded", List.of("observation recorded", "pozorování zapsáno")),
            Map.entry("experiment_revised", List.of("experiment plan corrected", "plán experimentu opraven")),
            Map.entry("observation_corrected", List.of("observation corrected", "pozorování opraveno")),
            Map.entry("experiment_concluded", List.of("experiment concluded", "experiment uzavřen")),
            Map.entry("experiment_abandoned", List.of("experiment stopped", "experiment ukončen předčasně")),
            Map.entry("measure_defined", List.of("measure defined", "ukazatel zaveden")),
            Map.entry("measure_point_recorded", List.of("measure value recorded", "hodnota ukazatele zapsána")),
            Map.entry("measure_point_corrected", List.of("measure value corrected", "hodnota ukazatele opravena")),
            Map.entry("measure_rephased", List.of("new phase of a measure", "nová fáze ukazatele")),
            Map.entry("lesson", List.of("lesson from a confidential report", "poučení z důvěrného hlášení")),
            Map.entry("case-review", List.of("case review shared", "rozbor případu sdílen")),
            Map.entry("challenge", List.of("challenge raised", "výzva vznesena")),
            Map.entry("challenge-answered", List.of("challenge answered", "výzva zodpovězena")),
            Map.entry("challenge-outcome-reviewed", List.of("outcome of a challenge reviewed", "výsledek výzvy posouzen")));

    private static final Map<String, List<String>> TIERS = Map.of(
            "REGION", List.of("shared with the region", "sdíleno s krajem"),
            "NATION", List.of("shared with the whole country", "sdíleno s celou republikou"));

    /** A validation's result, or a challenge's answer. */
    private static final Map<String, List<String>> RESULTS = Map.of(
            "CONFIRMED", List.of("confirmed", "potvrzeno"),
            "CONFIRMED_WITH_ADAPTATION", List.of("confirmed with adaptation", "potvrzeno s úpravou"),
            "NOT_CONFIRMED_HERE", List.of("not confirmed in our context", "u nás se nepotvrdilo"),
            "REVISED", List.of("the rule is revised", "pravidlo se mění"),
            "KEPT", List.of("the rule is kept", "pravidlo zůstává"),
            "UNDER_REVIEW", List.of("under review", "posuzuje se"));

    private ExportLabels() {
    }

    /** The extra columns of one line, from the line's own values (what the reader may see of the row). */
    static List<Object> of(Map<String, Object> line, Names names, CsvStyle style) {
        Object kind = line.get("kind");
        return Arrays.asList(names.team(uuid(line.get("team_id"))), names.region(uuid(line.get("region_id"))),
                names.region(uuid(line.get("steward_region_id"))),
                kind == null ? null : words(KINDS, kind, style, String.valueOf(kind)),
                words(TIERS, line.get("tier"), style, null), words(RESULTS, line.get("result"), style, null));
    }

    private static String words(Map<String, List<String>> labels, Object code, CsvStyle style, String otherwise) {
        List<String> both = code == null ? null : labels.get(String.valueOf(code));
        return both == null ? otherwise : both.get(style.czech() ? 1 : 0);
    }

    private static UUID uuid(Object id) {
        return id instanceof UUID value ? value : null;
    }
}
