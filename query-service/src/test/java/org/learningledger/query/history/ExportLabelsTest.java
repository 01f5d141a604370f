package org.learningledger.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.csv.CsvStyle;
import org.learningledger.query.organisation.Names;

class ExportLabelsTest {

    final UUID team = UUID.randomUUID();
    final UUID region = UUID.randomUUID();
    final UUID stewardRegion = UUID.randomUUID();
    final Names names = new Names(Map.of(team, "Tým Ústí"), Map.of(region, "Ústecký kraj", stewardRegion, "Vysočina"),
            Map.of(team, region));

    @Test
    void givenAPublishedLine_whenLabelledInCzech_thenNamesBesideIdsAndCodesInCzechWords() {
        assertThat(ExportLabels.of(line("validated", team, region, Tier.NATION, "CONFIRMED_WITH_ADAPTATION", stewardRegion),
                names, CsvStyle.CZECH)).containsExactly("Tým Ústí", "Ústecký kraj", "Vysočina", "ověření poznatku sdíleno",
                        "sdíleno s celou republikou", "potvrzeno s úpravou");
        assertThat(ExportLabels.of(line("endorsed", team, region, Tier.REGION, null, null), names, CsvStyle.ENGLISH))
                .containsExactly("Tým Ústí", "Ústecký kraj", null, "endorsed by a steward", "shared with the region", null);
    }

    @Test
    void givenAnUnknownOrWithheldId_whenLabelled_thenEmptyNameAndAnUnknownKindByItsCode() {
        List<Object> labels = ExportLabels.of(line("some-later-kind", UUID.randomUUID(), null, null, null, null), names,
                CsvStyle.CZECH);
        assertThat(labels).containsExactly(null, null, null, "some-later-kind", null, null);
    }

    @Test
    void givenAChallengeAnswer_whenLabelledInCzech_thenTheKindAndTheAnswerInWords() {
        assertThat(ExportLabels.of(line("challenge-answered", null, region, Tier.REGION, "UNDER_REVIEW", null), names,
                CsvStyle.CZECH)).containsExactly(null, "Ústecký kraj", null, "výzva zodpovězena", "sdíleno s krajem",
                "posuzuje se");
    }

    @Test
    void givenEveryColumn_thenTheLabelsComeAfterTheExportLinesColumns() {
        assertThat(ExportLabels.COLUMNS).doesNotContainAnyElementsOf(ExportLine.COLUMNS)
                .hasSize(ExportLabels.of(line("drafted", team, null, null, null, null), names, CsvStyle.ENGLISH).size());
    }

    private static Map<String, Object> line(String kind, UUID team, UUID region, Tier tier, String result, UUID steward) {
        Map<String, Object> line = new LinkedHashMap<>();
        for (String column : ExportLine.COLUMNS) {
            line.put(column, null);
        }
        line.putAll(Map.of("kind", kind));
        Arrays.asList(new Object[][] {{"team_id", team}, {"region_id", region}, {"tier", tier}, {"result", result},
                {"steward_region_id", steward}}).forEach(pair -> line.put((String) pair[0], pair[1]));
        return line;
    }
}
