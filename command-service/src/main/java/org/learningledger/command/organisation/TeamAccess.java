package org.learningledger.command.organisation;

import java.util.UUID;
import org.learningledger.command.NotPermitted;

/**
 * The one authorisation rule of team-private work: only a current member of the owning team may
 * act on it. Stewards, analysts and other teams' members are refused alike.
 */
@FunctionalInterface
public interface TeamAccess {

    boolean isMember(UUID teamId, UserId userId);

    default void requireMember(UUID teamId, UserId actor) {
        if (!isMember(teamId, actor)) {
            throw new NotPermitted("Only members of the owning team may do this.");
        }
    }
}
