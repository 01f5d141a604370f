package org.learningledger.command.learning;

import java.util.List;
import java.util.UUID;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.events.learning.Tier;

/** The publication rules as pure decisions on a learning's state. */
final class LearningRules {

    /** The content's evidence is the team's own, and what it validates may be validated by the team. */
    static void content(TeamId team, UUID self, Content content, Memberships memberships, Citations citations) {
        ownEvidence(citations.notOwnedBy(team.value(), content.evidence()));
        if (content.validates() != null) {
            ValidationRules.mayValidate(self, team.value(), memberships.regionOf(team), content.validates(),
                    citations.validated());
        }
    }

    private LearningRules() {
    }

    static void notWithdrawn(boolean withdrawn) {
        if (withdrawn) {
            throw new RuleViolation("withdrawn", "The learning was withdrawn; it can no longer change or be published.");
        }
    }

    /** The current draft's revision was erased: there is nothing to publish until the team revises it. */
    static void draftNotErased(boolean erased) {
        if (erased) {
            throw new RuleViolation("draft-erased",
                    "The current draft was erased; revise the learning before publishing it again.");
        }
    }

    /** Tiers only widen: a team may republish at the same tier (a new version) or a wider one. */
    static void mayPublishAt(Tier current, Tier requested) {
        if (current != null && current.widerThan(requested)) {
            throw new RuleViolation("tiers-only-widen", "The learning is already published to " + current
                    + "; it cannot be published to the narrower " + requested + ".");
        }
    }

    static void published(Tier current) {
        if (current == null) {
            throw new RuleViolation("not-published", "The learning has not been published.");
        }
    }

    static void ownEvidence(List<UUID> notOwned) {
        if (!notOwned.isEmpty()) {
            throw new FieldRuleViolation("evidence", "own-experiment",
                    "must name experiments of this team; not: " + notOwned);
        }
    }

    /**
     * The "who sees what" table for one learning, on the command side's facts: the owning team always;
     * others only while it is published and not withdrawn, NATION to every member and steward, REGION
     * to the region's stewards and the members of its teams. (Analysts act on no learning, so the
     * command side does not record them.)
     */
    static boolean sees(Memberships memberships, Stewardships stewardships, TeamId owner, Tier tier,
                        UUID region, boolean withdrawn) {
        if (memberships.isMemberOf(owner)) {
            return true;
        }
        if (tier == null || withdrawn) {
            return false;
        }
        if (tier == Tier.NATION) {
            return !memberships.isEmpty() || !stewardships.isEmpty();
        }
        RegionId published = new RegionId(region);
        return stewardships.stewards(published) || memberships.hasTeamIn(published);
    }

    /**
     * A steward acts only on what they can see: a regional publication in a region they steward,
     * or a national one.
     */
    static void stewardSees(Tier tier, boolean withdrawn, UUID learningRegion, Stewardships stewardships) {
        boolean sees = tier != null && !withdrawn && !stewardships.isEmpty()
                && (tier == Tier.NATION || stewardships.stewards(new RegionId(learningRegion)));
        if (!sees) {
            throw new NotPermitted("Only a steward of a region where the learning is published may do this.");
        }
    }

    static void invitationWidens(Tier current, Tier invited) {
        if (!invited.widerThan(current)) {
            throw new RuleViolation("tiers-only-widen", "The learning is already published to " + current
                    + "; an invitation must be to a wider tier.");
        }
    }
}
