package org.learningledger.query.feed;

import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Visibility;

/**
 * What a reader gets of one feed entry, decided when it is sent. The owning team gets everything.
 * Others get an entry only at a tier they see and only while the learning is not withdrawn; after a
 * withdrawal only the withdrawal itself, the fact. The team whose learning a validation validates
 * gets the link (who validated, with what result) even where it does not see the validation's tier.
 * Of a learning the intake stopped, others get nothing at all (fail closed).
 */
final class FeedSight {

    enum Sight { HIDDEN, LINK, FULL }

    private FeedSight() {
    }

    static Sight of(Reader reader, FeedEntry entry) {
        if (Visibility.seesTeamPrivate(reader, entry.teamId())) {
            return Sight.FULL;
        }
        if (entry.learningStopped()) {
            return Sight.HIDDEN;
        }
        boolean validatedIsOurs = entry.validatedTeam() != null && reader.isMemberOf(entry.validatedTeam());
        boolean atTier = Visibility.seesTier(reader, entry.regionId(), entry.tier());
        if (entry.kind() == FeedEntry.Kind.WITHDRAWN) {
            return atTier || validatedIsOurs ? Sight.FULL : Sight.HIDDEN;
        }
        if (entry.learningWithdrawn()) {
            return Sight.HIDDEN;
        }
        if (atTier) {
            return Sight.FULL;
        }
        return entry.kind() == FeedEntry.Kind.VALIDATED && validatedIsOurs ? Sight.LINK : Sight.HIDDEN;
    }
}
