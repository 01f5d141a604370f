package org.learningledger.query.feed;

import java.util.Set;
import org.learningledger.query.reader.Item;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;

/**
 * What a reader gets of one feed entry, decided when it is sent: the entry's facts handed to the
 * one policy, {@link Sight}. A withdrawal entry, and a withdrawn case review's (blanked when it was
 * withdrawn), hold only the fact, so the policy's FACT is sent as it is stored (FULL here).
 */
final class FeedSight {

    private FeedSight() {
    }

    static Sight of(Reader reader, FeedEntry entry) {
        Sight sight = Sight.of(reader, item(entry));
        return sight == Sight.FACT ? Sight.FULL : sight;
    }

    static Item item(FeedEntry entry) {
        return switch (entry.kind()) {
            case WITHDRAWN -> Item.withdrawal(entry.teamId(), entry.regionId(), entry.tier(), entry.validatedTeam(),
                    entry.learningStopped());
            case VALIDATED -> Item.published(entry.teamId(), entry.regionId(), entry.tier(), entry.validatedTeam(),
                    entry.learningWithdrawn(), entry.learningStopped());
            case PUBLISHED, ENDORSED -> Item.published(entry.teamId(), entry.regionId(), entry.tier(), null,
                    entry.learningWithdrawn(), entry.learningStopped());
            case LESSON -> Item.lesson(entry.regionId(), entry.tier(), true, entry.learningStopped());
            // the feed follows tiers: a participant reads the review's workspace, not its entry
            case CASE_REVIEW -> Item.caseReviewSnapshot(entry.regionId(), entry.tier(), Set.of(),
                    entry.learningWithdrawn(), entry.learningStopped());
            case CHALLENGE -> Item.challenge(entry.teamId(), entry.regionId(), entry.tier(), entry.learningStopped());
        };
    }
}
