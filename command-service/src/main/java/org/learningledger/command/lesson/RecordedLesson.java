package org.learningledger.command.lesson;

import java.util.UUID;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.events.learning.Tier;

/**
 * A lesson as the command side's directory recorded it: its region and tier, whether approved and whether
 * erased. A fact a command brings when it names a lesson, so that the decision on it takes no query.
 */
public record RecordedLesson(UUID lessonId, UUID regionId, Tier tier, boolean approved, boolean erased) {

    /**
     * Whether a team of {@code teamRegion} reads it as a learning at its tier: approved, not erased, and
     * national or of the team's own region. A draft is the reviewers' only.
     */
    public boolean visibleToTeamOf(RegionId teamRegion) {
        return approved && !erased && (tier == Tier.NATION
                || tier == Tier.REGION && teamRegion != null && teamRegion.value().equals(regionId));
    }
}
