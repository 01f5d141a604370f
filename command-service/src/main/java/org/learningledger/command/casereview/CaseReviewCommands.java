package org.learningledger.command.casereview;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.learning.RecordedLearning;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.casereview.CaseReviewKind;
import org.learningledger.events.casereview.ContributoryFactor;
import org.learningledger.events.casereview.ParticipantRole;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.learning.Tier;

/**
 * The commands of a case review. The actor comes from the token; their reviewer regions (and, for a
 * link, their teams and the experiment's team) come as facts loaded before dispatch. Who participates
 * is the review's own recorded fact.
 */
final class CaseReviewCommands {

    private CaseReviewCommands() {
    }

    record OpenCaseReview(@TargetAggregateIdentifier CaseReviewId caseReviewId, RegionId regionId, UserId lead,
                          CaseReviewKind kind, String title, Reviewerships reviewerships) {
    }

    /** {@code userKnown}: whether the ledger knows the person added (a member, steward, reviewer or analyst). */
    record AddParticipant(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, UserId userId,
                          ParticipantRole role, boolean userKnown, Reviewerships reviewerships) {
    }

    record RemoveParticipant(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, UserId userId,
                             Reviewerships reviewerships) {
    }

    record RecordEpisode(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, UUID episodeId,
                         LocalDate occurredOn, String whatHappened, String whyItMadeSense,
                         Reviewerships reviewerships) {
    }

    record RecordFinding(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, UUID findingId,
                         String text, Set<ContributoryFactor> factors, boolean goodPractice,
                         Reviewerships reviewerships) {
    }

    record RaiseBoardIssue(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, UUID issueId,
                           String question, Reviewerships reviewerships) {
    }

    record RecordAddendum(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, UUID addendumId,
                          UUID refersTo, String text, Reviewerships reviewerships) {
    }

    /** {@code experimentTeam}: the team that owns the experiment, or null when there is no such experiment. */
    record LinkExperiment(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, UUID findingId,
                          UUID experimentId, UUID experimentTeam, Memberships memberships,
                          Reviewerships reviewerships) {
    }

    /** {@code learning}: the learning cited as the directory recorded it, empty when there is none. */
    record CiteLearning(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, UUID findingId,
                        UUID learningId, Optional<RecordedLearning> learning, Reviewerships reviewerships) {
    }

    record ProposePublication(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, Tier tier,
                              Reviewerships reviewerships) {
    }

    record ApprovePublication(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, int version,
                              Reviewerships reviewerships) {
    }

    record WithdrawCaseReview(@TargetAggregateIdentifier CaseReviewId caseReviewId, UserId actor, String reason,
                              Reviewerships reviewerships) {
    }

    /** {@code encrypted}: whether the review's content item has a key to shred. */
    record EraseCaseReview(@TargetAggregateIdentifier CaseReviewId caseReviewId, Erasure erasure, boolean encrypted,
                           Reviewerships reviewerships) {
    }
}
