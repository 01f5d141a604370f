package org.learningledger.query.reader;

import java.util.Set;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * The facts of one thing a reader may be shown, as {@link Sight#of} needs them: every read path
 * turns its rows into these, so no path keeps a rule of its own. For an {@code asOf} question the
 * tier is the widest one published by that instant (the caller reads rows up to it); withdrawal
 * and stopping count as they are now, since a withdrawal reaches history replays too.
 *
 * @param owningTeam the team whose work it is (null when unknown: then nobody is its member; always null
 *     for reports and lessons, which are no team's)
 * @param region the region of the owning team where it was published; of a report or lesson, its region
 * @param tier the tier it was published at; null for team-private work
 * @param validatedTeam for a validation (or the withdrawal of one): the team whose learning it validates
 * @param learningWithdrawn the learning is withdrawn now
 * @param stopped the intake stopped the aggregate (fail closed)
 * @param invitingSteward for an invitation: the steward who sent it
 * @param participants of a case review: its current participants (the lead included); empty otherwise
 */
public record Item(Kind kind, UUID owningTeam, UUID region, Tier tier, UUID validatedTeam, boolean learningWithdrawn,
                   boolean stopped, String invitingSteward, Set<String> participants) {

    public Item {
        participants = participants == null ? Set.of() : Set.copyOf(participants);
    }

    Item(Kind kind, UUID owningTeam, UUID region, Tier tier, UUID validatedTeam, boolean learningWithdrawn,
            boolean stopped, String invitingSteward) {
        this(kind, owningTeam, region, tier, validatedTeam, learningWithdrawn, stopped, invitingSteward, Set.of());
    }

    /** What the item is, which decides what of it can travel. */
    public enum Kind {
        /** Experiments, observations, drafts, revisions: the team's own work. */
        TEAM_PRIVATE,
        /** What a team published: a version (a validation included) or an endorsement of one. */
        PUBLISHED,
        /** That a learning was withdrawn; its reason is the team's. */
        WITHDRAWAL,
        /** A steward's invitation to publish wider. */
        INVITATION,
        /** A confidential report of {@code region}: its texts, additions, replies and triage. */
        REPORT,
        /** A lesson drafted from a report, not yet approved by a second reviewer. */
        LESSON_DRAFT,
        /** An approved lesson, published at {@code tier} of {@code region}. */
        LESSON,
        /**
         * The number of confidential reports of {@code region} per kind, where at least 5 fall in a cell: the
         * only figures about reports there are (none per person, team, reviewer or month).
         */
        REPORT_FIGURES,
        /** A case review's workspace of {@code region}: chronology, findings, issues, participants, proposals. */
        CASE_REVIEW_WORKSPACE,
        /** The latest published snapshot of a case review at {@code tier}; withdrawn when {@code learningWithdrawn}. */
        CASE_REVIEW_SNAPSHOT,
        /** A challenge raised at {@code tier} of {@code region}, with its answer and outcome review. */
        CHALLENGE
    }

    public static Item teamPrivate(UUID owningTeam, boolean stopped) {
        return new Item(Kind.TEAM_PRIVATE, owningTeam, null, null, null, false, stopped, null);
    }

    /** A version or endorsement at {@code tier}; {@code validatedTeam} non-null for a validation. */
    public static Item published(UUID owningTeam, UUID region, Tier tier, UUID validatedTeam, boolean withdrawn,
            boolean stopped) {
        return new Item(Kind.PUBLISHED, owningTeam, region, tier, validatedTeam, withdrawn, stopped, null);
    }

    /** The withdrawal of a learning published up to {@code tier}; {@code validatedTeam} if it was a validation. */
    public static Item withdrawal(UUID owningTeam, UUID region, Tier tier, UUID validatedTeam, boolean stopped) {
        return new Item(Kind.WITHDRAWAL, owningTeam, region, tier, validatedTeam, true, stopped, null);
    }

    public static Item invitation(UUID owningTeam, String invitingSteward, boolean stopped) {
        return new Item(Kind.INVITATION, owningTeam, null, null, null, false, stopped, invitingSteward);
    }

    /** A confidential report of {@code region} (no owner: the events name no reporter or team). */
    public static Item report(UUID region, boolean stopped) {
        return new Item(Kind.REPORT, null, region, null, null, false, stopped, null);
    }

    /** The report figures of {@code region} (null: of no region in particular, to ask whether any are read). */
    public static Item reportFigures(UUID region) {
        return new Item(Kind.REPORT_FIGURES, null, region, null, null, false, false, null);
    }

    /** A lesson of {@code region}: a draft while {@code approved} is false, else published at {@code tier}. */
    public static Item lesson(UUID region, Tier tier, boolean approved, boolean stopped) {
        return new Item(approved ? Kind.LESSON : Kind.LESSON_DRAFT, null, region, approved ? tier : null, null, false,
                stopped, null);
    }

    /** The workspace of a case review of {@code region} with its current participants. */
    public static Item caseReviewWorkspace(UUID region, Set<String> participants, boolean stopped) {
        return new Item(Kind.CASE_REVIEW_WORKSPACE, null, region, null, null, false, stopped, null, participants);
    }

    /** A case review's published snapshot at {@code tier} ({@code withdrawn}: the review was withdrawn since). */
    public static Item caseReviewSnapshot(UUID region, Tier tier, Set<String> participants, boolean withdrawn,
            boolean stopped) {
        return new Item(Kind.CASE_REVIEW_SNAPSHOT, null, region, tier, null, withdrawn, stopped, null, participants);
    }

    /** A challenge raised at {@code tier} of {@code region}, by a member of {@code team} (null: by a steward). */
    public static Item challenge(UUID team, UUID region, Tier tier, boolean stopped) {
        return new Item(Kind.CHALLENGE, team, region, tier, null, false, stopped, null, Set.of());
    }
}
