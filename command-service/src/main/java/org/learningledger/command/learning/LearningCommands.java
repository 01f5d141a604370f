package org.learningledger.command.learning;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.learning.Tier;

/**
 * Commands on learnings; {@code actor} always comes from the bearer token. Each brings the facts its
 * decision needs, loaded just before dispatch, so that the aggregate decides without a query.
 */
final class LearningCommands {

    private LearningCommands() {
    }

    record DraftLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, TeamId teamId,
                         Content content, Memberships memberships, Citations citations) {
    }

    record ReviseLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, Content content,
                          Memberships memberships, Citations citations) {
    }

    record PublishLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, Tier tier,
                           Memberships memberships, TeamEvidence evidence) {
    }

    record WithdrawLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, String reason,
                            Memberships memberships) {
    }

    record EndorseLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, String note,
                           Stewardships stewardships) {
    }

    record InviteToPublish(@TargetAggregateIdentifier LearningId learningId, UserId actor, Tier tier,
                           Stewardships stewardships) {
    }
}
