package org.learningledger.events.challenge;

/** How a steward or administrator answered a challenge: the target was revised, kept, or is under review. */
public enum ChallengeAnswer {
    REVISED, KEPT, UNDER_REVIEW
}
