package org.learningledger.command.organisation;

import java.util.List;

/**
 * The regions the acting user was a steward of when the command arrived, in the order the directory
 * listed them: a steward's decisions are taken on these facts, never on a query of their own.
 */
public record Stewardships(List<RegionId> regions) {

    public Stewardships {
        regions = List.copyOf(regions);
    }

    public static Stewardships none() {
        return new Stewardships(List.of());
    }

    public boolean isEmpty() {
        return regions.isEmpty();
    }

    public boolean stewards(RegionId region) {
        return regions.contains(region);
    }

    /** The region a steward acts for on a learning: its own region if they steward it, else their first. */
    public RegionId actingFor(RegionId learningRegion) {
        return stewards(learningRegion) ? learningRegion : regions.get(0);
    }
}
