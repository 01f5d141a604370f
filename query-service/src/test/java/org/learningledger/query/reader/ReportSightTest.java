package org.learningledger.query.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.events.learning.Tier.NATION;
import static org.learningledger.events.learning.Tier.REGION;
import static org.learningledger.query.reader.Sight.FULL;
import static org.learningledger.query.reader.Sight.HIDDEN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.learningledger.query.organisation.Region;
import org.learningledger.query.organisation.Team;

/**
 * Reports and lessons against the design's "Who sees what": a report and a lesson draft of region r go to
 * r's reviewers only; an approved lesson to its tier's readers and r's reviewers (every reviewer at NATION).
 */
class ReportSightTest {

    private final UUID r = UUID.randomUUID();
    private final UUID r2 = UUID.randomUUID();
    private final Map<String, Reader> readers = new LinkedHashMap<>();
    private final Map<String, Item> items = new LinkedHashMap<>();

    ReportSightTest() {
        readers.put("reviewer of r", new Reader("rita", List.of(), List.of(), List.of(r), false, List.of()));
        readers.put("reviewer of r2", new Reader("ron", List.of(), List.of(), List.of(r2), false, List.of()));
        readers.put("member in r", new Reader("m", List.of(new Team(UUID.randomUUID(), "T", r, "x")), List.of(), false,
                List.of()));
        readers.put("member in r2", new Reader("c", List.of(new Team(UUID.randomUUID(), "C", r2, "x")), List.of(),
                false, List.of()));
        readers.put("steward of r", new Reader("s", List.of(), List.of(new Region(r, "R")), false, List.of()));
        readers.put("analyst", new Reader("ann", List.of(), List.of(), true, List.of()));
        readers.put("admin", new Reader("root", List.of(), List.of(), false, List.of("admin")));
        items.put("report", Item.report(r, false));
        items.put("stopped report", Item.report(r, true));
        items.put("lesson draft", Item.lesson(r, REGION, false, false));
        items.put("lesson REGION", Item.lesson(r, REGION, true, false));
        items.put("lesson NATION", Item.lesson(r, NATION, true, false));
        items.put("stopped lesson", Item.lesson(r, NATION, true, true));
        items.put("figures of r", Item.reportFigures(r));
    }

    /** Columns in the order of {@link #items}. */
    private final Map<String, List<Sight>> table = Map.of(
            "reviewer of r", List.of(FULL, HIDDEN, FULL, FULL, FULL, HIDDEN, FULL),
            "reviewer of r2", List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, FULL, HIDDEN, HIDDEN),
            "member in r", List.of(HIDDEN, HIDDEN, HIDDEN, FULL, FULL, HIDDEN, HIDDEN),
            "member in r2", List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, FULL, HIDDEN, HIDDEN),
            "steward of r", List.of(HIDDEN, HIDDEN, HIDDEN, FULL, FULL, HIDDEN, HIDDEN),
            "analyst", List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, FULL, HIDDEN, FULL),
            "admin", List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));

    @Test
    void everyReaderGetsOfReportsAndLessonsWhatTheTableSays() {
        SoftAssertions soft = new SoftAssertions();
        readers.forEach((name, reader) -> {
            List<Item> row = List.copyOf(items.values());
            List<String> columns = List.copyOf(items.keySet());
            for (int i = 0; i < row.size(); i++) {
                soft.assertThat(Sight.of(reader, row.get(i))).as("%s reading %s", name, columns.get(i))
                        .isEqualTo(table.get(name).get(i));
            }
        });
        soft.assertAll();
    }

    @Test
    void theHolderOfAReceiptGetsTheReportUnlessItIsStoppedAndNothingElse() {
        assertThat(Sight.ofReceiptHolder(Item.report(r, false))).isEqualTo(FULL);
        assertThat(Sight.ofReceiptHolder(Item.report(r, true))).isEqualTo(HIDDEN);
        assertThat(Sight.ofReceiptHolder(Item.lesson(r, REGION, false, false))).isEqualTo(HIDDEN);
    }

    @Test
    void givenFigures_whenAsked_thenAnalystsReadEveryRegionsAndReviewersTheirRegionsOnly() {
        assertThat(Visibility.readsFiguresOf(readers.get("analyst"), r2)).isTrue();
        assertThat(Visibility.readsFiguresOf(readers.get("reviewer of r"), r)).isTrue();
        assertThat(Visibility.readsFiguresOf(readers.get("reviewer of r"), r2)).isFalse();
        assertThat(readers.entrySet().stream().filter(e -> Visibility.readsAnyFigures(e.getValue()))
                .map(Map.Entry::getKey)).containsExactlyInAnyOrder("reviewer of r", "reviewer of r2", "analyst");
    }

    @Test
    void givenAReviewerWhoIsNoMemberStewardOrAnalyst_whenOpeningTheFeed_thenLessonsCanReachThem() {
        assertThat(Visibility.readsAnyFeed(readers.get("reviewer of r2"))).isTrue();
        assertThat(Visibility.readsAnyPublication(readers.get("reviewer of r2"))).isFalse();
        assertThat(Visibility.readsAnyFeed(readers.get("admin"))).isFalse();
    }

    @Test
    void onlyTheRegionsReviewersReadItsReports() {
        assertThat(Visibility.readsReportsOf(readers.get("reviewer of r"), r)).isTrue();
        assertThat(readers.values().stream().filter(reader -> Visibility.readsReportsOf(reader, r))).hasSize(1);
    }
}
