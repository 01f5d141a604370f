package org.learningledger.query.reader;

import static org.learningledger.events.learning.Tier.NATION;
import static org.learningledger.events.learning.Tier.REGION;
import static org.learningledger.query.reader.Sight.FACT;
import static org.learningledger.query.reader.Sight.FULL;
import static org.learningledger.query.reader.Sight.HIDDEN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.learningledger.query.organisation.Region;
import org.learningledger.query.organisation.Team;

/**
 * Case reviews and challenges against the design's round-2 table: a workspace goes to its current
 * participants and the region's reviewers; a published snapshot also to its tier's readers (once
 * withdrawn, as a fact); a challenge to its tier's readers, the region's reviewers and its raising team.
 */
class CaseReviewSightTest {

    private final UUID r = UUID.randomUUID();
    private final UUID r2 = UUID.randomUUID();
    private final UUID teamInR = UUID.randomUUID();
    private final UUID teamInR2 = UUID.randomUUID();
    private final Map<String, Reader> readers = new LinkedHashMap<>();
    private final Map<String, Item> items = new LinkedHashMap<>();

    CaseReviewSightTest() {
        readers.put("participant", new Reader("pia", List.of(new Team(teamInR2, "C", r2, "x")), List.of(), false,
                List.of()));
        readers.put("reviewer of r", new Reader("rita", List.of(), List.of(), List.of(r), false, List.of()));
        readers.put("reviewer of r2", new Reader("ron", List.of(), List.of(), List.of(r2), false, List.of()));
        readers.put("member in r", new Reader("m", List.of(new Team(teamInR, "T", r, "x")), List.of(), false,
                List.of()));
        readers.put("member in r2", new Reader("c", List.of(new Team(UUID.randomUUID(), "D", r2, "x")), List.of(),
                false, List.of()));
        readers.put("steward of r", new Reader("s", List.of(), List.of(new Region(r, "R")), false, List.of()));
        readers.put("analyst", new Reader("ann", List.of(), List.of(), true, List.of()));
        readers.put("admin", new Reader("root", List.of(), List.of(), false, List.of("admin")));
        Set<String> participants = Set.of("pia");
        items.put("workspace", Item.caseReviewWorkspace(r, participants, false));
        items.put("stopped workspace", Item.caseReviewWorkspace(r, participants, true));
        items.put("snapshot REGION", Item.caseReviewSnapshot(r, REGION, participants, false, false));
        items.put("snapshot NATION", Item.caseReviewSnapshot(r, NATION, participants, false, false));
        items.put("withdrawn snapshot", Item.caseReviewSnapshot(r, NATION, participants, true, false));
        items.put("challenge REGION of team in r2", Item.challenge(teamInR2, r2, REGION, false));
        items.put("challenge REGION by steward", Item.challenge(null, r, REGION, false));
        items.put("challenge NATION", Item.challenge(null, r, NATION, false));
        items.put("stopped challenge", Item.challenge(null, r, NATION, true));
    }

    /** Columns in the order of {@link #items}. */
    private final Map<String, List<Sight>> table = Map.of(
            "participant", List.of(FULL, HIDDEN, FULL, FULL, FULL, FULL, HIDDEN, FULL, HIDDEN),
            "reviewer of r", List.of(FULL, HIDDEN, FULL, FULL, FULL, HIDDEN, FULL, FULL, HIDDEN),
            "reviewer of r2", List.of(HIDDEN, HIDDEN, HIDDEN, FULL, FACT, FULL, HIDDEN, FULL, HIDDEN),
            "member in r", List.of(HIDDEN, HIDDEN, FULL, FULL, FACT, HIDDEN, FULL, FULL, HIDDEN),
            "member in r2", List.of(HIDDEN, HIDDEN, HIDDEN, FULL, FACT, FULL, HIDDEN, FULL, HIDDEN),
            "steward of r", List.of(HIDDEN, HIDDEN, FULL, FULL, FACT, HIDDEN, FULL, FULL, HIDDEN),
            "analyst", List.of(HIDDEN, HIDDEN, HIDDEN, FULL, FACT, HIDDEN, HIDDEN, FULL, HIDDEN),
            "admin", List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));

    @Test
    void everyReaderGetsOfCaseReviewsAndChallengesWhatTheTableSays() {
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
    void aRemovedParticipantIsAStrangerToTheWorkspace() {
        Reader former = new Reader("pia", List.of(), List.of(), false, List.of());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(Sight.of(former, Item.caseReviewWorkspace(r, Set.of("pia"), false))).isEqualTo(FULL);
        soft.assertThat(Sight.of(former, Item.caseReviewWorkspace(r, Set.of("lead"), false))).isEqualTo(HIDDEN);
        soft.assertThat(Sight.of(former, Item.caseReviewSnapshot(r, REGION, Set.of("lead"), false, false)))
                .isEqualTo(HIDDEN);
        soft.assertAll();
    }
}
