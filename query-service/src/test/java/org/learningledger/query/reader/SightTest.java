package org.learningledger.query.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learningledger.events.learning.Tier.NATION;
import static org.learningledger.events.learning.Tier.REGION;
import static org.learningledger.query.reader.Sight.FACT;
import static org.learningledger.query.reader.Sight.FULL;
import static org.learningledger.query.reader.Sight.HIDDEN;
import static org.learningledger.query.reader.Sight.LINK;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.learningledger.query.organisation.Region;
import org.learningledger.query.organisation.Team;

/**
 * The policy against the design's "Who sees what" table: every reader of the table against every kind
 * of item. Team t (region r) owns the items; the validations among them validate a learning of team u
 * (region r2), published at REGION in r, a tier u does not see.
 */
class SightTest {

    private final UUID r = UUID.randomUUID();
    private final UUID r2 = UUID.randomUUID();
    private final Team t = new Team(UUID.randomUUID(), "T", r, "x");
    private final Team neighbour = new Team(UUID.randomUUID(), "N", r, "x");
    private final Team u = new Team(UUID.randomUUID(), "U", r2, "x");

    private final Map<String, Reader> readers = new LinkedHashMap<>();
    private final Map<String, Item> items = new LinkedHashMap<>();

    SightTest() {
        readers.put("member of t", reader("m", List.of(t), List.of(), false, List.of()));
        readers.put("member of a team in r", reader("n", List.of(neighbour), List.of(), false, List.of()));
        readers.put("member of u (validated)", reader("v", List.of(u), List.of(), false, List.of()));
        readers.put("steward of r", reader("stella", List.of(), List.of(new Region(r, "R")), false, List.of()));
        readers.put("steward of r2", reader("s2", List.of(), List.of(new Region(r2, "R2")), false, List.of()));
        readers.put("analyst", reader("ann", List.of(), List.of(), true, List.of()));
        readers.put("stranger", reader("x", List.of(), List.of(), false, List.of()));
        readers.put("admin", reader("root", List.of(), List.of(), false, List.of("admin")));
        items.put("private", Item.teamPrivate(t.teamId(), false));
        items.put("REGION", Item.published(t.teamId(), r, REGION, null, false, false));
        items.put("NATION", Item.published(t.teamId(), r, NATION, null, false, false));
        items.put("withdrawn content", Item.published(t.teamId(), r, NATION, null, true, false));
        items.put("withdrawal", Item.withdrawal(t.teamId(), r, NATION, null, false));
        items.put("validation link", Item.published(t.teamId(), r, REGION, u.teamId(), false, false));
        items.put("withdrawn validation", Item.published(t.teamId(), r, REGION, u.teamId(), true, false));
        items.put("withdrawal of a validation", Item.withdrawal(t.teamId(), r, REGION, u.teamId(), false));
        items.put("invitation by stella", Item.invitation(t.teamId(), "stella", false));
        items.put("stopped", Item.published(t.teamId(), r, NATION, u.teamId(), false, true));
        items.put("stopped withdrawal", Item.withdrawal(t.teamId(), r, NATION, u.teamId(), true));
        items.put("stopped invitation", Item.invitation(t.teamId(), "stella", true));
    }

    /** Columns in the order of {@link #items}. */
    private final Map<String, List<Sight>> table = Map.of(
            "member of t", List.of(FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL, FULL),
            "member of a team in r", List.of(HIDDEN, FULL, FULL, HIDDEN, FACT, FULL, HIDDEN, FACT, HIDDEN, HIDDEN,
                    HIDDEN, HIDDEN),
            "member of u (validated)", List.of(HIDDEN, HIDDEN, FULL, HIDDEN, FACT, LINK, HIDDEN, FACT, HIDDEN,
                    HIDDEN, HIDDEN, HIDDEN),
            "steward of r", List.of(HIDDEN, FULL, FULL, HIDDEN, FACT, FULL, HIDDEN, FACT, FACT, HIDDEN, HIDDEN,
                    HIDDEN),
            "steward of r2", List.of(HIDDEN, HIDDEN, FULL, HIDDEN, FACT, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN,
                    HIDDEN, HIDDEN),
            "analyst", List.of(HIDDEN, HIDDEN, FULL, HIDDEN, FACT, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN,
                    HIDDEN),
            "stranger", List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN,
                    HIDDEN, HIDDEN),
            "admin", List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN,
                    HIDDEN, HIDDEN));

    @Test
    void givenEachReaderOfTheDesignTable_whenAskedForEachKindOfItem_thenGetsWhatTheTableSays() {
        SoftAssertions soft = new SoftAssertions();
        readers.forEach((who, reader) -> {
            List<Sight> row = table.get(who);
            assertThat(row).as(who).hasSize(items.size());
            int column = 0;
            for (Map.Entry<String, Item> item : items.entrySet()) {
                soft.assertThat(Sight.of(reader, item.getValue())).as("%s, %s", who, item.getKey())
                        .isEqualTo(row.get(column++));
            }
        });
        soft.assertAll();
    }

    @Test
    void givenValidatedTeam_whenTheValidationIsWithdrawn_thenItKeepsTheFactOnlyAsEveryReaderOfTheLinkDoes() {
        Reader validated = readers.get("member of u (validated)");
        assertThat(Sight.of(validated, items.get("validation link"))).isEqualTo(LINK);
        assertThat(Sight.of(validated, items.get("withdrawn validation"))).isEqualTo(HIDDEN);
        assertThat(Sight.of(validated, items.get("withdrawal of a validation"))).isEqualTo(FACT);
    }

    @Test
    void givenRemovedMember_whenAskingForTheTeamsWork_thenNothingAsAnyStranger() {
        Reader removed = reader("m", List.of(), List.of(), false, List.of());
        for (Map.Entry<String, Item> item : items.entrySet()) {
            assertThat(Sight.of(removed, item.getValue())).as(item.getKey()).isEqualTo(HIDDEN);
        }
    }

    @Test
    void givenItemWithoutOwningTeam_whenAMemberOfAnyTeamAsks_thenOnlyTheTierDecides() {
        Reader member = readers.get("member of t");
        assertThat(Sight.of(member, Item.teamPrivate(null, false))).isEqualTo(HIDDEN);
        assertThat(Sight.of(member, Item.published(null, r2, REGION, null, false, false))).isEqualTo(HIDDEN);
        assertThat(Sight.of(member, Item.published(null, r2, NATION, null, false, false))).isEqualTo(FULL);
    }

    private static Reader reader(String id, List<Team> teams, List<Region> stewardOf, boolean analyst,
            List<String> roles) {
        return new Reader(id, teams, stewardOf, analyst, roles);
    }
}
