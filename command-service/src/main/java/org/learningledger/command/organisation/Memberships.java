package org.learningledger.command.organisation;

import java.util.Map;
import org.learningledger.command.NotPermitted;

/**
 * The teams the acting user belonged to when the command arrived, each with its region: the facts
 * that authorise team-private work, loaded before the decision so that the decision stays pure. Only
 * a current member of the owning team may act on it; stewards, analysts and other teams' members are
 * refused alike.
 */
public record Memberships(Map<TeamId, RegionId> regions) {

    public Memberships {
        regions = Map.copyOf(regions);
    }

    public static Memberships none() {
        return new Memberships(Map.of());
    }

    public boolean isMemberOf(TeamId team) {
        return regions.containsKey(team);
    }

    public void requireMemberOf(TeamId team) {
        if (!isMemberOf(team)) {
            throw new NotPermitted("Only members of the owning team may do this.");
        }
    }

    /** The region of one of the user's teams: asked only once {@link #requireMemberOf} has passed. */
    public RegionId regionOf(TeamId team) {
        requireMemberOf(team);
        return regions.get(team);
    }
}
