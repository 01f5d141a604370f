package org.learningledger.command.challenge;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.NotFound;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.casereview.UnprocessableField;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.publication.DeidentificationGuard;
import org.learningledger.events.challenge.ChallengeAnswer;
import org.learningledger.events.challenge.ChallengeAnswered;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.learning.Tier;

/** The rules of a challenge as pure decisions on the facts given: each throws naming the rule, or returns. */
final class ChallengeRules {

    private ChallengeRules() {
    }

    /** A team's challenge is raised by a member of the team; a region's by one of its stewards. */
    static void mayRaise(UUID teamId, RegionId region, Memberships memberships, Stewardships stewardships) {
        if (teamId != null) {
            memberships.requireMemberOf(new TeamId(teamId));
        } else if (!stewardships.stewards(region)) {
            throw new NotPermitted("Only a steward of the region raises a challenge for it.");
        }
    }

    /** Whether the raiser reads what is published to REGION {@code region}: a team of theirs is there, or they steward it. */
    static boolean readsRegion(UUID region, Memberships memberships, Stewardships stewardships) {
        RegionId id = region == null ? null : new RegionId(region);
        return id != null && (memberships.hasTeamIn(id) || stewardships.stewards(id));
    }

    /**
     * Evidence is what the raiser can see: the raising team's own experiments, learnings published (not
     * withdrawn) and approved lessons (not erased) at a tier they read, findings of a published snapshot
     * at a tier they read.
     */
    static void visible(List<Cited> evidence, UUID raisingTeam, Memberships memberships, Stewardships stewardships) {
        for (int i = 0; i < evidence.size(); i++) {
            Cited cited = evidence.get(i);
            boolean published = cited.tier() != null && !cited.withdrawn()
                    && (cited.tier() == Tier.NATION || readsRegion(cited.regionId(), memberships, stewardships));
            boolean seen = switch (cited.kind()) {
                case EXPERIMENT -> raisingTeam != null && raisingTeam.equals(cited.teamId());
                case LEARNING, LESSON, FINDING -> published;
                case UNKNOWN -> false;
            };
            if (!seen) {
                throw new UnprocessableField("evidence[" + i + "]", "visible-evidence",
                        "must be a learning, lesson or case-review finding published where you read it, or an experiment of "
                                + "the raising team");
            }
        }
    }

    /** A challenge is read by everyone at its tier: it names no person from the moment it is raised. */
    static void namesNoOne(String target, String perverseEffect) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("target", target);
        texts.put("perverseEffect", perverseEffect);
        DeidentificationGuard.checkAtOnce(texts);
    }

    /**
     * A steward of the challenge's region or an administrator answers and reviews it. Anyone else who
     * reads it is told no (403); to anyone who does not, it is not there (404).
     */
    static void mayAnswer(boolean administrator, RegionId region, Tier tier, Memberships memberships,
                          Stewardships stewardships) {
        if (administrator || stewardships.stewards(region)) {
            return;
        }
        if (tier == Tier.NATION || readsRegion(region.value(), memberships, stewardships)) {
            throw new NotPermitted("Only a steward of the challenge's region or an administrator answers it.");
        }
        throw new NotFound();
    }

    /** The outcome is reviewed on a day to come, within two years. */
    static void reviewDay(LocalDate outcomeReviewOn, LocalDate today) {
        if (outcomeReviewOn.isBefore(today)) {
            throw new FieldRuleViolation("outcomeReviewOn", "today-or-later", "must be today or a later day");
        }
        if (outcomeReviewOn.isAfter(today.plusYears(2))) {
            throw new FieldRuleViolation("outcomeReviewOn", "within-two-years", "must be within two years from today");
        }
    }

    /** One answer stands, unless it is UNDER_REVIEW: then another follows it. The same answer again is a retry. */
    static boolean isNewAnswer(ChallengeAnswered standing, ChallengeAnswered asked) {
        if (standing == null) {
            return true;
        }
        if (standing.equals(asked)) {
            return false;
        }
        if (standing.answer() != ChallengeAnswer.UNDER_REVIEW) {
            throw new RuleViolation("already-answered", "This challenge was answered " + standing.answer()
                    + "; only an answer UNDER_REVIEW is followed by another.");
        }
        return true;
    }

    static void answered(ChallengeAnswered standing) {
        if (standing == null) {
            throw new RuleViolation("not-answered", "An outcome is reviewed only after the challenge was answered.");
        }
    }

    static void notErased(boolean erased) {
        if (erased) {
            throw new RuleViolation("erased", "This challenge was erased; it takes no new content.");
        }
    }

    /**
     * Who erases a challenge on its own reasons: a member of the raising team, or a steward of its region
     * (recorded as STEWARD); an administrator on a data-subject request. Anyone else: 404.
     */
    static Erasure erasure(Erasure asked, UUID raisingTeam, RegionId region, Memberships memberships,
                           Stewardships stewardships) {
        if (asked.role() == Erasure.ErasedBy.ADMINISTRATOR) {
            return asked;
        }
        if (raisingTeam != null && memberships.isMemberOf(new TeamId(raisingTeam))) {
            return new Erasure(asked.erasedBy(), Erasure.ErasedBy.TEAM, asked.reason(), null);
        }
        if (stewardships.stewards(region)) {
            return new Erasure(asked.erasedBy(), Erasure.ErasedBy.STEWARD, asked.reason(), null);
        }
        throw new NotFound();
    }
}
