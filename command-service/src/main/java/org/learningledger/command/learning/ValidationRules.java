package org.learningledger.command.learning;

import java.util.UUID;
import org.learningledger.command.FieldRuleViolation;

/**
 * A team builds on or validates only a learning it can see: published, not withdrawn, national or
 * in the team's own region. A validation must be of another team's learning.
 */
public final class ValidationRules {

    private ValidationRules() {
    }

    /** For an experiment's {@code basedOn}: any learning the team can see, its own included. */
    public static void mayBuildOn(UUID team, UUID basedOn, LearningDirectory learnings) {
        LearningDirectory.Visible target = learnings.learning(basedOn).orElse(null);
        boolean visible = target != null && (target.teamId().equals(team) || visibleTo(team, target, learnings));
        if (!visible) {
            throw new FieldRuleViolation("basedOn", "visible-learning", "must name a learning this team can see");
        }
    }

    private static boolean visibleTo(UUID team, LearningDirectory.Visible target, LearningDirectory learnings) {
        return target.tier() != null && !target.withdrawn()
                && (target.tier() == org.learningledger.events.learning.Tier.NATION
                    || target.regionId().equals(learnings.regionOfTeam(team)));
    }

    static void mayValidate(UUID self, UUID team, UUID validates, LearningDirectory learnings) {
        LearningDirectory.Visible target = learnings.learning(validates).orElse(null);
        boolean visible = target != null && !target.learningId().equals(self) && !target.teamId().equals(team)
                && visibleTo(team, target, learnings);
        if (!visible) {
            throw new FieldRuleViolation("validates", "visible-learning",
                    "must name another team's published learning that this team can see");
        }
    }
}
