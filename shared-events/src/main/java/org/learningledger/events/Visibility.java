package org.learningledger.events;

/**
 * Who may ever read an event's content, before any further rule (tier, withdrawal) narrows it.
 * The query side enforces it; the publisher uses it to keep private events off public topics.
 */
public enum Visibility {
    /** Only members of the owning team. */
    TEAM_PRIVATE,
    /** Readers of the tier the event was published to. */
    PUBLISHED,
    /** Organisation facts (regions, teams, memberships): administrative, not content. */
    ORGANISATION,
    /**
     * A confidential report and what is written about it (replies, triage, lesson drafts): only the
     * region's reviewers, and the holder of its receipt; never published.
     */
    CONFIDENTIAL,
    /**
     * A case review's workspace (round 2): only its participants and the region's reviewers; what travels
     * is the snapshot a second reviewer approved, which is {@link #PUBLISHED}.
     */
    PARTICIPANTS
}
