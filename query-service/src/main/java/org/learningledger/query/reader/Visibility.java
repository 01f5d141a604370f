package org.learningledger.query.reader;

import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * The "Who sees what" table of the design. Team-private work (experiments, drafts, invitations) is
 * for current members of the owning team; published content is for the readers of its tier, until
 * the team withdraws it. Roles grant nothing: an admin sees no more than a stranger.
 */
public final class Visibility {

    private Visibility() {
    }

    /** Team-private content of {@code owningTeam}: visible to its current members only. */
    public static boolean seesTeamPrivate(Reader reader, UUID owningTeam) {
        return owningTeam != null && reader.isMemberOf(owningTeam);
    }

    /**
     * Content published at {@code tier} by a team of {@code region}, for a reader outside the team:
     * REGION to the region's stewards and to members of its teams; NATION to every member, steward
     * and analyst. Withdrawal is not considered here.
     */
    public static boolean seesTier(Reader reader, UUID region, Tier tier) {
        if (tier == Tier.NATION) {
            return readsAnyPublication(reader);
        }
        return tier == Tier.REGION && region != null
                && (reader.stewardOf().stream().anyMatch(r -> region.equals(r.regionId()))
                    || reader.teams().stream().anyMatch(t -> region.equals(t.regionId())));
    }

    /**
     * Something of a learning published at {@code tier} (a version, an endorsement): the owning
     * team always; anyone else only at a tier they see and only while it is not withdrawn.
     */
    public static boolean seesPublished(Reader reader, UUID owningTeam, UUID region, Tier tier, boolean withdrawn) {
        return seesTeamPrivate(reader, owningTeam) || !withdrawn && seesTier(reader, region, tier);
    }

    /** The learning itself, {@code tier} being the widest it was published to (null for a draft). */
    public static boolean seesLearning(Reader reader, UUID owningTeam, UUID region, Tier tier, boolean withdrawn) {
        return seesPublished(reader, owningTeam, region, tier, withdrawn);
    }

    /** An invitation to publish wider: the team's business, and the inviting steward's own. */
    public static boolean seesInvitation(Reader reader, UUID owningTeam, String invitingSteward) {
        return seesTeamPrivate(reader, owningTeam) || reader.userId().equals(invitingSteward);
    }

    /** Whether any publication at all can reach the reader: members, stewards and analysts. */
    public static boolean readsAnyPublication(Reader reader) {
        return !reader.teams().isEmpty() || !reader.stewardOf().isEmpty() || reader.analyst();
    }
}
