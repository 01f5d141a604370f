package org.learningledger.query.history;

import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Visibility;

/**
 * What a reader gets of one history event, by {@link Visibility} and the learning's state now (the
 * same rules as the feed): the owning team everything; an inviting steward their own invitation;
 * others a published event only at a tier they see and only while the learning is not withdrawn;
 * after a withdrawal only its fact; the team whose learning a validation validates gets the link.
 * Of an aggregate the intake stopped, others get nothing at all, not even a fact (fail closed).
 */
public final class HistorySight {

    public enum Sight { HIDDEN, FACT, LINK, FULL }

    private HistorySight() {
    }

    public static Sight of(Reader reader, HistoryRow row) {
        if (Visibility.seesTeamPrivate(reader, row.teamId())) {
            return Sight.FULL;
        }
        if (row.aggregateStopped()) {
            return Sight.HIDDEN;
        }
        if ("invited".equals(row.kind())) {
            return Visibility.seesInvitation(reader, row.teamId(), row.stewardId()) ? Sight.FACT : Sight.HIDDEN;
        }
        if (row.tier() == null) {
            return Sight.HIDDEN;
        }
        boolean atTier = Visibility.seesTier(reader, row.regionId(), row.tier());
        if ("withdrawn".equals(row.kind())) {
            return atTier ? Sight.FACT : Sight.HIDDEN;
        }
        if (row.learningWithdrawn()) {
            return Sight.HIDDEN;
        }
        if (atTier) {
            return Sight.FULL;
        }
        boolean validatedIsOurs = row.validatedTeam() != null && reader.isMemberOf(row.validatedTeam());
        return row.isValidation() && validatedIsOurs ? Sight.LINK : Sight.HIDDEN;
    }
}
