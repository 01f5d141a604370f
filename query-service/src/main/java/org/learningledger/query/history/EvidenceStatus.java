package org.learningledger.query.history;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How far the evidence for a learning goes, from the validations the reader may see: tried by N
 * teams, held in M (CONFIRMED), adapted in K (CONFIRMED_WITH_ADAPTATION), did not hold in J
 * (NOT_CONFIRMED_HERE), in R regions. A team counts once, with its latest visible result: these are
 * numbers about the learning, never about a team.
 */
public record EvidenceStatus(int triedBy, int held, int adapted, int didNotHold, int regions) {

    // when it happened first: events of different aggregates reach intake in no fixed order
    private static final Comparator<HistoryRow> LATEST = Comparator.comparing(HistoryRow::occurredAt)
            .thenComparingLong(HistoryRow::position);

    /** {@code validations}: publications validating one learning, already cut to what the reader sees. */
    public static EvidenceStatus of(Collection<HistoryRow> validations) {
        Map<UUID, HistoryRow> latestByTeam = validations.stream().filter(HistoryRow::isValidation)
                .collect(Collectors.toMap(HistoryRow::teamId, Function.identity(),
                        (a, b) -> LATEST.compare(a, b) >= 0 ? a : b));
        Set<UUID> regions = new HashSet<>();
        int held = 0;
        int adapted = 0;
        int didNotHold = 0;
        for (HistoryRow row : latestByTeam.values()) {
            if (row.regionId() != null) {
                regions.add(row.regionId());
            }
            if ("CONFIRMED".equals(row.result())) {
                held++;
            } else if ("CONFIRMED_WITH_ADAPTATION".equals(row.result())) {
                adapted++;
            } else if ("NOT_CONFIRMED_HERE".equals(row.result())) {
                didNotHold++;
            }
        }
        return new EvidenceStatus(latestByTeam.size(), held, adapted, didNotHold, regions.size());
    }
}
