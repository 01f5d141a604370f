package org.learningledger.command.learning;

import java.util.Optional;
import java.util.UUID;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.lesson.RecordedLesson;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.events.learning.Tier;

/**
 * A team builds on or validates only a learning it can see: published, not withdrawn, national or
 * in the team's own region; it may also build on a lesson it can see. A validation must be of another team's learning. Pure: the learning as
 * recorded and the team's region are facts the command brings.
 */
public final class ValidationRules {

    private ValidationRules() {
    }

    /**
     * For an experiment's {@code basedOn}: any learning the team can see, its own included, or an approved,
     * not erased lesson it reads at its tier (national, or of the team's own region).
     */
    public static void mayBuildOn(UUID team, RegionId teamRegion, UUID basedOn, Optional<RecordedLearning> learning,
                                  Optional<RecordedLesson> lesson) {
        mayBuildOn(team, teamRegion, basedOn, learning, lesson, false);
    }

    /**
     * As above, or a finding of a published case review the team reads ({@code seesFinding}: the finding's
     * snapshot is published, not withdrawn or erased, national or of the team's own region).
     */
    public static void mayBuildOn(UUID team, RegionId teamRegion, UUID basedOn, Optional<RecordedLearning> learning,
                                  Optional<RecordedLesson> lesson, boolean seesFinding) {
        RecordedLearning target = learning.filter(l -> l.learningId().equals(basedOn)).orElse(null);
        boolean visible = target != null && (target.teamId().equals(team) || visibleTo(teamRegion, target))
                || lesson.filter(l -> l.lessonId().equals(basedOn)).filter(l -> l.visibleToTeamOf(teamRegion))
                        .isPresent()
                || seesFinding;
        if (!visible) {
            throw new FieldRuleViolation("basedOn", "visible-learning",
                    "must name a learning, lesson or published case-review finding this team can see");
        }
    }

    static void mayValidate(UUID self, UUID team, RegionId teamRegion, UUID validates,
                            Optional<RecordedLearning> recorded) {
        RecordedLearning target = recorded.filter(l -> l.learningId().equals(validates)).orElse(null);
        boolean visible = target != null && !target.learningId().equals(self) && !target.teamId().equals(team)
                && visibleTo(teamRegion, target);
        if (!visible) {
            throw new FieldRuleViolation("validates", "visible-learning",
                    "must name another team's published learning that this team can see");
        }
    }

    private static boolean visibleTo(RegionId teamRegion, RecordedLearning target) {
        return target.tier() != null && !target.withdrawn()
                && (target.tier() == Tier.NATION || teamRegion != null && teamRegion.value().equals(target.regionId()));
    }
}
