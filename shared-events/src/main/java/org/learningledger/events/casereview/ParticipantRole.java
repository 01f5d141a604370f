package org.learningledger.events.casereview;

/** A review team member conducts the review; the case group are the practitioners whose work it looks at. */
public enum ParticipantRole {
    REVIEW_TEAM, CASE_GROUP
}
