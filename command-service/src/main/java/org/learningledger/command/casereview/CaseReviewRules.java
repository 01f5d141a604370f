package org.learningledger.command.casereview;

import org.learningledger.command.FieldRuleViolation;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningledger.command.NotFound;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.learning.RecordedLearning;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.command.publication.DeidentificationGuard;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.learning.Tier;

/** The rules of a case review as pure decisions on the facts given: each throws naming the rule, or returns. */
final class CaseReviewRules {

    private CaseReviewRules() {
    }

    /** Only a reviewer of the region opens a review there; to anyone else the region's reviews are not there. */
    static void mayOpen(RegionId region, Reviewerships reviewerships) {
        reviewerships.requireReviews(region);
    }

    /** The workspace is its participants' and the region's reviewers'; anyone else (a removed participant too) gets 404. */
    static void seesWorkspace(UserId actor, Set<String> participants, RegionId region, Reviewerships reviewerships) {
        if (!participants.contains(actor.value()) && !reviewerships.reviews(region)) {
            throw new NotFound();
        }
    }

    /**
     * Who takes part is decided by the lead (while on the review team) or a reviewer of the region; a
     * participant who is neither, 403.
     */
    static void mayManageParticipants(UserId actor, String lead, Set<String> participants, RegionId region,
                                      Reviewerships reviewerships) {
        seesWorkspace(actor, participants, region, reviewerships);
        if (!actor.value().equals(lead) && !reviewerships.reviews(region)) {
            throw new NotPermitted(
                    "Only the review's lead or a reviewer of the region adds or removes participants.");
        }
    }

    /** Proposals, approvals, withdrawal: a reviewer of the region; a participant who is not one, 403. */
    static void mayPublish(UserId actor, Set<String> participants, RegionId region, Reviewerships reviewerships) {
        seesWorkspace(actor, participants, region, reviewerships);
        if (!reviewerships.reviews(region)) {
            throw new NotPermitted("Only a reviewer of the region publishes a case review.");
        }
    }

    static void knownUser(boolean known) {
        if (!known) {
            throw new FieldRuleViolation("userId", "known-user",
                    "must be a person the ledger knows (a team member, steward, reviewer or analyst)");
        }
    }

    /** An erased review takes no new content: its key is gone and nothing can be sealed under it again. */
    static void notErased(boolean erased) {
        if (erased) {
            throw new RuleViolation("erased", "This case review was erased; it takes no new content.");
        }
    }

    static void hasFactor(Collection<ContributoryFactor> factors) {
        if (factors == null || factors.isEmpty()) {
            throw new FieldRuleViolation("factors", "at-least-one",
                    "must name at least one contributory factor (PERSON, TASK, TOOLS_AND_TECHNOLOGY, ORGANISATION, "
                            + "ENVIRONMENT)");
        }
    }

    /** A board issue is a question about the system: it names no person from the moment it is written. */
    static void namesNoOne(String question) {
        DeidentificationGuard.checkAtOnce(Map.of("question", question));
    }

    /** An addendum corrects an episode, finding or issue of this review, never anything else. */
    static void itemOfThisReview(UUID refersTo, Set<UUID> items) {
        if (!items.contains(refersTo)) {
            throw new FieldRuleViolation("refersTo", "item-of-this-review",
                    "must be the id of an episode, finding or issue of this case review");
        }
    }

    /**
     * Item ids are the client's: the same item again is a retry (false: nothing to append); the id used
     * for another item of the review is a conflict.
     */
    static boolean isNew(Object recorded, Object asked) {
        if (recorded == null) {
            return true;
        }
        if (recorded.equals(asked)) {
            return false;
        }
        throw new RuleViolation("id-already-used", "This id already names another item of the case review.");
    }

    /** What is published must not identify anyone nor point at the case; and there is something to publish. */
    static void publishable(CaseReviewSnapshot snapshot) {
        if (snapshot.findings().isEmpty()) {
            throw new FieldRuleViolation("findings", "at-least-one",
                    "must hold at least one finding before the review is published");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", snapshot.title());
        for (int i = 0; i < snapshot.findings().size(); i++) {
            CaseReviewSnapshot.Finding finding = snapshot.findings().get(i);
            texts.put("findings[" + i + "].text", finding.text());
            addenda("findings[" + i + "]", finding.addenda(), texts);
        }
        for (int i = 0; i < snapshot.issues().size(); i++) {
            CaseReviewSnapshot.Issue issue = snapshot.issues().get(i);
            texts.put("issues[" + i + "].question", issue.question());
            addenda("issues[" + i + "]", issue.addenda(), texts);
        }
        DeidentificationGuard.checkCaseReview(texts);
    }

    private static void addenda(String prefix, List<CaseReviewSnapshot.Addendum> addenda, Map<String, String> texts) {
        for (int j = 0; j < addenda.size(); j++) {
            texts.put(prefix + ".addenda[" + j + "].text", addenda.get(j).text());
        }
    }

    /** Two pairs of eyes: the proposer cannot approve their own proposal. */
    static void secondReviewer(CaseReviewPublicationProposed proposal, UserId approver) {
        if (proposal.proposedBy().equals(approver.value())) {
            throw new RuleViolation("second-reviewer-needed",
                    "A case review is published only when a second reviewer of the region, not its proposer, approves.");
        }
    }

    /** Only the latest proposal can be approved: an older one was superseded by what followed it. */
    static void latest(int version, int latest) {
        if (version != latest) {
            throw new RuleViolation("superseded", "A later proposal superseded this one; approve version " + latest + ".");
        }
    }

    static void published(boolean published) {
        if (!published) {
            throw new RuleViolation("not-published", "This case review is not published; there is nothing to withdraw.");
        }
    }

    /**
     * Who may link an experiment to a finding: a member of the experiment's team (an unknown experiment and
     * another team's answer alike, 400) who sees the finding: a participant or reviewer, or a reader of the
     * tier of the published, not withdrawn snapshot that holds it. Anyone else: 404.
     */
    static void mayLink(boolean seesWorkspace, boolean findingPublished, Tier publishedTier, RegionId region,
                        UUID experimentTeam, Memberships memberships) {
        boolean readsSnapshot = findingPublished && publishedTier != null
                && (publishedTier == Tier.NATION || memberships.hasTeamIn(region));
        if (!seesWorkspace && !readsSnapshot) {
            throw new NotFound();
        }
        if (experimentTeam == null || !memberships.isMemberOf(new TeamId(experimentTeam))) {
            throw new FieldRuleViolation("experimentId", "own-team-experiment",
                    "must be an experiment of a team you are a member of");
        }
    }

    /**
     * A finding cites only a learning every reader of the review's region may see: published, not withdrawn,
     * national or of the review's own region. Facts of another learning than the one named prove nothing.
     */
    static void mayCite(UUID learningId, Optional<RecordedLearning> learning, RegionId region) {
        boolean visible = learning.filter(l -> l.learningId().equals(learningId))
                .filter(l -> l.tier() != null && !l.withdrawn())
                .filter(l -> l.tier() == Tier.NATION || region.value().equals(l.regionId())).isPresent();
        if (!visible) {
            throw new FieldRuleViolation("learningId", "visible-learning",
                    "must name a learning published, not withdrawn, to the review's region or the nation");
        }
    }
}
