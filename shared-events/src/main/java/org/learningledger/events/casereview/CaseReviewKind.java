package org.learningledger.events.casereview;

/** The form a case review takes, from a quick huddle after the event to a full systems review. */
public enum CaseReviewKind {
    SWARM_HUDDLE, AFTER_ACTION_REVIEW, ROUND_TABLE, SYSTEMS_REVIEW
}
