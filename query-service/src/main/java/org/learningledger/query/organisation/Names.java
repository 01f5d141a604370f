package org.learningledger.query.organisation;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The names of teams and regions by id (and each team's region), read once for a whole export. A team or region the directory does not
 * know, or whose aggregate the intake stopped (fail closed), has no name: null, an empty cell.
 */
public record Names(Map<UUID, String> teams, Map<UUID, String> regions, Map<UUID, UUID> teamRegions) {

    public Names {
        teams = Collections.unmodifiableMap(new HashMap<>(teams));
        regions = Collections.unmodifiableMap(new HashMap<>(regions));
        teamRegions = Collections.unmodifiableMap(new HashMap<>(teamRegions));
    }

    public String team(UUID id) {
        return id == null ? null : teams.get(id);
    }

    /** The region of a team the directory knows (and has not stopped), else null. */
    public UUID regionOf(UUID team) {
        return team == null ? null : teamRegions.get(team);
    }

    public String region(UUID id) {
        return id == null ? null : regions.get(id);
    }
}
