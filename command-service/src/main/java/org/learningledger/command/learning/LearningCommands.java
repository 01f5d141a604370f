package org.learningledger.command.learning;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.learningledger.command.organisation.Memberships;
import org.learningledger.command.organisation.Stewardships;
import org.learningledger.command.organisation.TeamId;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;

/**
 * Commands on learnings; {@code actor} always comes from the bearer token. Each brings the facts its
 * decision needs, loaded just before dispatch, so that the aggregate decides without a query: the
 * actor's memberships and stewardships both, since whether they may see the learning (else 404)
 * depends on both.
 */
final class LearningCommands {

    private LearningCommands() {
    }

    record DraftLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, TeamId teamId,
                         Content content, Memberships memberships, Citations citations, Stewardships stewardships) {
    }

    record ReviseLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, Content content,
                          Memberships memberships, Citations citations, Stewardships stewardships) {
    }

    record PublishLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, Tier tier,
                           Memberships memberships, TeamEvidence evidence, Stewardships stewardships) {
    }

    record PreviewPublication(@TargetAggregateIdentifier LearningId learningId, UserId actor, Tier tier,
                              Memberships memberships, TeamEvidence evidence, Stewardships stewardships) {
    }

    /**
     * A publication not made: what it would carry; {@code firstAtTier} when the learning was never published at
     * the tier (readers there would see it for the first time); {@code changed} when the draft differs from
     * the version last published; {@code regionId} the team's region.
     */
    record Preview(Snapshot snapshot, UUID regionId, boolean firstAtTier, boolean changed) {
    }

    record WithdrawLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, String reason,
                            Memberships memberships, Stewardships stewardships) {
    }

    record EndorseLearning(@TargetAggregateIdentifier LearningId learningId, UserId actor, String note,
                           Stewardships stewardships, Memberships memberships) {
    }

    record InviteToPublish(@TargetAggregateIdentifier LearningId learningId, UserId actor, Tier tier,
                           Stewardships stewardships, Memberships memberships) {
    }

    /** {@code encrypted}: whether the key table has a key for the revision (else it was stored in clear). */
    record EraseRevision(@TargetAggregateIdentifier LearningId learningId, UserId actor, int revision,
                         Erasure erasure, boolean encrypted, Memberships memberships) {
    }

    /**
     * {@code stewardId}: whose endorsement note (null for the withdrawal's reason); {@code encrypted}:
     * whether the key table has a key for the note (else it was stored in clear).
     */
    record EraseNote(@TargetAggregateIdentifier LearningId learningId, UserId actor, NoteKind kind, String stewardId,
                     Erasure erasure, boolean encrypted, Memberships memberships, Stewardships stewardships) {
    }
}
