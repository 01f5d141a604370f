package org.learningledger.query;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learningledger.events.learning.Tier;

/** A reader's rights after one batch of a history: the "Who sees what" table, restated for the oracle. */
record OracleReader(String id, Set<UUID> teams, Set<UUID> teamRegions, Set<UUID> stewardOf, boolean analyst) {

    static OracleReader of(GeneratedHistory history, int batch, String reader) {
        Set<UUID> teams = history.members.get(batch).entrySet().stream().filter(e -> e.getValue().contains(reader))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<UUID> regions = history.teams.stream().filter(t -> teams.contains(t.id()))
                .map(GeneratedHistory.Team::regionId).collect(Collectors.toSet());
        return new OracleReader(reader, teams, regions, history.stewardOf.getOrDefault(reader, Set.of()),
                history.analysts.contains(reader));
    }

    boolean member(UUID team) {
        return teams.contains(team);
    }

    /** Members, stewards and analysts; everyone else has no feed at all. */
    boolean readsAny() {
        return !teams.isEmpty() || !stewardOf.isEmpty() || analyst;
    }

    /** Published content outside the owning team: REGION for the region's stewards and teams, NATION for all. */
    boolean seesTier(UUID region, Tier tier) {
        return tier == Tier.NATION ? readsAny()
                : tier == Tier.REGION && (stewardOf.contains(region) || teamRegions.contains(region));
    }

    boolean seesLearning(GeneratedLearning l, int batch) {
        return l.existsAt(batch) && (member(l.teamId) || !l.withdrawnAt(batch) && seesTier(l.regionId, l.tierAt(batch)));
    }

    /** A version or endorsement published at {@code tier}. */
    boolean seesPublished(GeneratedLearning l, int batch, Tier tier) {
        return member(l.teamId) || !l.withdrawnAt(batch) && seesTier(l.regionId, tier);
    }
}
