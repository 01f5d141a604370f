package org.learningledger.command.organisation;

import java.util.Map;
import org.learningledger.command.NotFound;
import org.learningledger.command.NotPermitted;

/**
 * The teams the acting user belonged to when the command arrived, each with its region: the facts
 * that authorise team-private work, loaded before the decision so that the decision stays pure. Only
 * a current member of the owning team may act on it, or even learn that it exists: to stewards,
 * analysts and other teams' members it is not there (404, like a missing id).
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

    public boolean isEmpty() {
        return regions.isEmpty();
    }

    /** Whether one of the user's teams is in the region: they read what is published to it. */
    public boolean hasTeamIn(RegionId region) {
        return regions.containsValue(region);
    }

    /** For a team's existing private work: a non-member is told it does not exist. */
    public void requireSeesPrivateWorkOf(TeamId team) {
        if (!isMemberOf(team)) {
            throw new NotFound();
        }
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
