package org.learningledger.query.reader;

import java.util.Objects;
import org.learningledger.events.learning.Tier;

/**
 * What a reader gets of one {@link Item}: the design's "Who sees what" table, decided here and only
 * here; the feed, the learnings, history, export, timeline, landscape and analytics all ask
 * {@link #of}. In order:
 * <ol>
 * <li>The owning team's current members get everything of their own work, withdrawn or stopped.
 * <li>Of an aggregate the intake stopped, nobody else gets anything, not even a fact (fail closed).
 * <li>Team-private work goes to nobody else. An invitation goes, as a fact, to the steward who sent it.
 * <li>A withdrawal, as a fact (never the reason), goes to whoever could see the learning at its
 *     tier, and to the team whose learning it validated.
 * <li>Published content of a withdrawn learning goes to nobody else, on any path, replays included.
 * <li>Published content goes in full to the readers of its tier: REGION to the region's stewards
 *     and the members of its teams, NATION to every member, steward and analyst.
 * <li>A validation at a tier the validated team does not see goes to that team as a link: who
 *     validated, with what result, no snapshot.
 * <li>A confidential report, and a lesson not yet approved, go in full to the current reviewers of
 *     their region and to nobody else: not stewards, members, analysts or admins. The holder of a
 *     report's receipt reads it by the code, not as a reader ({@link #ofReceiptHolder}).
 * <li>An approved lesson goes in full to the readers of its tier, as a learning does, and to the
 *     reviewers of its region; at NATION to every reviewer too.
 * <li>The report figures of a region (counts per kind, small cells suppressed) go to every analyst, who
 *     follows learning nationally, and to the reviewers of that region; to nobody else.
 * <li>A case review's workspace goes in full to its current participants and the current reviewers of its
 *     region; to nobody else (a removed participant is a stranger again).
 * <li>A case review's published snapshot goes to the workspace's readers and to the readers of its tier as
 *     a lesson does (reviewers included); once withdrawn, to the tier's readers as a fact only.
 * <li>A challenge goes to the readers of its tier as a lesson does, and to the raising team (rule 1).
 * </ol>
 * Why the validated team gets the fact of a withdrawn validation: the design gives a member of t
 * "validations of t's own learnings" among spread links, and "anyone after withdrawal: the fact of
 * withdrawal only" for spread links. The team saw the link, so after withdrawal it keeps what every
 * reader of a withdrawn link keeps, the fact; hiding it would leave the team relying on a validation
 * that no longer stands without telling it. The feed already did so; history had hidden it.
 * Roles grant nothing: an admin gets what a stranger gets.
 */
public enum Sight {
    /** Nothing at all: as if it did not exist. */
    HIDDEN,
    /** That it happened (kind, when, whose, tier), without content. */
    FACT,
    /** A validation's link: who validated, with what result, without the snapshot. */
    LINK,
    /** Everything the item holds. */
    FULL;

    public static Sight of(Reader reader, Item item) {
        if (item.owningTeam() != null && reader.isMemberOf(item.owningTeam())) {
            return FULL;
        }
        if (item.stopped()) {
            return HIDDEN;
        }
        boolean validatesOurs = item.validatedTeam() != null && reader.isMemberOf(item.validatedTeam());
        return switch (item.kind()) {
            case TEAM_PRIVATE -> HIDDEN;
            case INVITATION -> Objects.equals(reader.userId(), item.invitingSteward()) ? FACT : HIDDEN;
            case WITHDRAWAL -> atTier(reader, item) || validatesOurs ? FACT : HIDDEN;
            case PUBLISHED -> item.learningWithdrawn() ? HIDDEN
                    : atTier(reader, item) ? FULL : validatesOurs ? LINK : HIDDEN;
            case REPORT, LESSON_DRAFT -> reader.isReviewerOf(item.region()) ? FULL : HIDDEN;
            case LESSON -> atTierOrReviewer(reader, item) ? FULL : HIDDEN;
            case REPORT_FIGURES -> reader.analyst() || reader.isReviewerOf(item.region()) ? FULL : HIDDEN;
            case CASE_REVIEW_WORKSPACE -> inWorkspace(reader, item) ? FULL : HIDDEN;
            case CASE_REVIEW_SNAPSHOT -> inWorkspace(reader, item) ? FULL
                    : !atTierOrReviewer(reader, item) ? HIDDEN : item.learningWithdrawn() ? FACT : FULL;
            case CHALLENGE -> atTierOrReviewer(reader, item) ? FULL : HIDDEN;
        };
    }

    /**
     * What the holder of a report's receipt code gets of it: the report, its additions and replies (the
     * view names no reviewer), unless the intake stopped it (fail closed). Of anything else, nothing.
     */
    public static Sight ofReceiptHolder(Item item) {
        return item.kind() == Item.Kind.REPORT && !item.stopped() ? FULL : HIDDEN;
    }

    /** Whether the reader gets anything of it. */
    public boolean any() {
        return this != HIDDEN;
    }

    private static boolean inWorkspace(Reader reader, Item item) {
        return reader.isReviewerOf(item.region()) || item.participants().contains(reader.userId());
    }

    /** A lesson's readers: its tier's, the region's reviewers, and at NATION every reviewer. */
    private static boolean atTierOrReviewer(Reader reader, Item item) {
        return reader.isReviewerOf(item.region()) || atTier(reader, item)
                || item.tier() == Tier.NATION && !reader.reviews().isEmpty();
    }

    private static boolean atTier(Reader reader, Item item) {
        if (item.tier() == Tier.NATION) {
            return !reader.teams().isEmpty() || !reader.stewardOf().isEmpty() || reader.analyst();
        }
        return item.tier() == Tier.REGION && item.region() != null
                && (reader.stewardOf().stream().anyMatch(r -> item.region().equals(r.regionId()))
                    || reader.teams().stream().anyMatch(t -> item.region().equals(t.regionId())));
    }
}
