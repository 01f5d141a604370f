package org.learningledger.command.organisation;

import java.util.List;
import org.learningledger.command.NotFound;

/**
 * The regions the acting user was a learning reviewer of when the command arrived: a reviewer's
 * decisions on a report or lesson are taken on these facts. To anyone who does not review the
 * record's region, the record is not there (404, like a missing id).
 */
public record Reviewerships(List<RegionId> regions) {

    public Reviewerships {
        regions = List.copyOf(regions);
    }

    public static Reviewerships none() {
        return new Reviewerships(List.of());
    }

    public boolean reviews(RegionId region) {
        return regions.contains(region);
    }

    /** For a confidential record of {@code region}: someone who does not review it is told it does not exist. */
    public void requireReviews(RegionId region) {
        if (!reviews(region)) {
            throw new NotFound();
        }
    }
}
