package org.learningledger.query.history;

import java.util.Set;
import org.learningledger.query.reader.Item;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;

/**
 * What a reader gets of one history event: the row's facts handed to the one policy, {@link Sight},
 * with the learning's state now (withdrawn, stopped) whatever the instant asked about.
 */
public final class HistorySight {

    private HistorySight() {
    }

    public static Sight of(Reader reader, HistoryRow row) {
        return Sight.of(reader, item(row));
    }

    static Item item(HistoryRow row) {
        boolean stopped = row.aggregateStopped();
        return switch (row.kind()) {
            case "invited" -> Item.invitation(row.teamId(), row.stewardId(), stopped);
            case "lesson" -> Item.lesson(row.regionId(), row.tier(), true, stopped);
            // history follows tiers: a participant reads the review's workspace, not its history
            case "case-review" -> Item.caseReviewSnapshot(row.regionId(), row.tier(), Set.of(), row.learningWithdrawn(),
                    stopped);
            case "challenge", "challenge-answered", "challenge-outcome-reviewed" -> Item.challenge(row.teamId(), row.regionId(), row.tier(), stopped);
            case "withdrawn" -> Item.withdrawal(row.teamId(), row.regionId(), row.tier(), row.validatedTeam(), stopped);
            default -> row.tier() == null ? Item.teamPrivate(row.teamId(), stopped)
                    : Item.published(row.teamId(), row.regionId(), row.tier(),
                            row.isValidation() ? row.validatedTeam() : null, row.learningWithdrawn(), stopped);
        };
    }
}
