package org.learningledger.query.intake;

/** Decides what an incoming per-aggregate sequence number means, given the last one applied. */
final class SequenceCheck {

    private SequenceCheck() {
    }

    /** A copy of something applied already (redelivery, re-send after a publisher crash). */
    static boolean isDuplicate(Long lastApplied, long incoming) {
        return lastApplied != null && incoming <= lastApplied;
    }

    /** New, but not the next one: events in between are missing (e.g. dead-lettered), so it stops its aggregate. */
    static boolean isGap(Long lastApplied, long incoming) {
        long expected = lastApplied == null ? 0 : lastApplied + 1;
        return incoming > expected;
    }
}
