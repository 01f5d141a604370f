package org.learningledger.command.learning;

import java.util.UUID;
import org.learningledger.command.FieldRuleViolation;

/** A team validates only a learning it can see: another's, published, not withdrawn, in its reach. */
final class ValidationRules {

    private ValidationRules() {
    }

    static void mayValidate(UUID self, UUID team, UUID validates, LearningDirectory learnings) {
        LearningDirectory.Visible target = learnings.learning(validates).orElse(null);
        boolean visible = target != null && !target.learningId().equals(self) && target.tier() != null
                && !target.withdrawn() && !target.teamId().equals(team)
                && (target.tier() == org.learningledger.events.learning.Tier.NATION
                    || target.regionId().equals(learnings.regionOfTeam(team)));
        if (!visible) {
            throw new FieldRuleViolation("validates", "visible-learning",
                    "must name another team's published learning that this team can see");
        }
    }
}
