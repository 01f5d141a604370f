package org.learningledger.command.learning;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.learning.Tier;

/** Commands on learnings; {@code actor} always comes from the bearer token. */
final class LearningCommands {

    private LearningCommands() {
    }

    record DraftLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, TeamId teamId,
                         Content content) {
    }

    record ReviseLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, Content content) {
    }

    record PublishLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, Tier tier) {
    }

    record WithdrawLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, String reason) {
    }

    record EndorseLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, String note) {
    }

    record InviteToPublish(@TargetAggregateIdentifier LearningId learningId, UserId actor, Tier tier) {
    }
}
