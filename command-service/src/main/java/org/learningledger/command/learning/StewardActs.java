package org.learningledger.command.learning;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningledger.command.learning.LearningCommands.EndorseLearning;
import org.learningledger.command.learning.LearningCommands.InviteToPublish;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.publication.DeidentificationGuard;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.events.learning.Tier;

/**
 * What a steward who sees a shared learning may do to it: endorse it, once, and invite its team to share it
 * at a wider tier, once per tier. A repeat decides nothing (empty), so the command is idempotent.
 */
final class StewardActs {

    private final Set<String> invitations = new HashSet<>();

    Optional<LearningEndorsed> endorse(Sharing shared, LearningNotes notes, EndorseLearning command) {
        LearningRules.stewardSees(shared.tier(), shared.withdrawn(), shared.region(), command.stewardships());
        DeidentificationGuard.checkNote("note", command.note());
        if (notes.endorsedBy(command.actor().value())) {
            return Optional.empty();
        }
        UUID stewardRegion = command.stewardships().actingFor(new RegionId(shared.region())).value();
        return Optional.of(new LearningEndorsed(shared.learning(), shared.team(), shared.region(), shared.tier(),
                command.actor().value(), stewardRegion, command.note()));
    }

    Optional<TeamInvitedToPublish> invite(Sharing shared, InviteToPublish command) {
        LearningRules.stewardSees(shared.tier(), shared.withdrawn(), shared.region(), command.stewardships());
        LearningRules.invitationWidens(shared.tier(), command.tier());
        if (invitations.contains(key(command.actor().value(), command.tier()))) {
            return Optional.empty();
        }
        UUID stewardRegion = command.stewardships().actingFor(new RegionId(shared.region())).value();
        return Optional.of(new TeamInvitedToPublish(shared.learning(), shared.team(), command.actor().value(),
                stewardRegion, command.tier()));
    }

    void invited(TeamInvitedToPublish e) {
        invitations.add(key(e.stewardId(), e.tier()));
    }

    private static String key(String steward, Tier tier) {
        return steward + "/" + tier;
    }
}
