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

    /**
     * What the reader gets of one published-side item of {@code l} after {@code batch} ("full", "fact",
     * "link", or null for nothing): the design's rules restated once for the feed and history oracles.
     * {@code kind}: published, validated, endorsed or withdrawn; {@code validatedTeam}: the owner of the
     * learning {@code l} validates. After withdrawal, anyone who saw it at its tier and the validated
     * team get the fact of withdrawal only.
     */
    String sight(GeneratedLearning l, int batch, String kind, Tier tier, UUID validatedTeam) {
        if (member(l.teamId)) {
            return "full";
        }
        boolean ours = validatedTeam != null && member(validatedTeam);
        boolean atTier = tier != null && seesTier(l.regionId, tier);
        if (kind.equals("withdrawn")) {
            return atTier || ours ? "fact" : null;
        }
        if (l.withdrawnAt(batch)) {
            return null;
        }
        if (atTier) {
            return "full";
        }
        return kind.equals("validated") && ours ? "link" : null;
    }

    /** An invitation: the team's, and the inviting steward's own. */
    boolean seesInvitation(GeneratedLearning l, String steward) {
        return member(l.teamId) || steward.equals(id);
    }
}
