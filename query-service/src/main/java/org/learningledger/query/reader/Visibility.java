package org.learningledger.query.reader;

import java.util.UUID;

/**
 * The "Who sees what" table of the design, for the content the read models hold so far:
 * team-private work (experiments and their observations). Roles grant nothing here: an admin, a
 * steward of the team's region or an analyst who is not a member sees no more than a stranger.
 */
public final class Visibility {

    private Visibility() {
    }

    /** Team-private content of {@code owningTeam}: visible to its current members only. */
    public static boolean seesTeamPrivate(Reader reader, UUID owningTeam) {
        return owningTeam != null && reader.isMemberOf(owningTeam);
    }
}
