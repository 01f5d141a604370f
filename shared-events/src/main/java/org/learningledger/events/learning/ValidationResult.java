package org.learningledger.events.learning;

/** What a team found when it tried another team's published practice. */
public enum ValidationResult {
    CONFIRMED, CONFIRMED_WITH_ADAPTATION, NOT_CONFIRMED_HERE
}
