package org.learningledger.events.learning;

/** How far a published learning reaches. Tiers only widen: TEAM (a draft) to REGION to NATION. */
public enum Tier {
    REGION, NATION;

    public boolean widerThan(Tier other) {
        return other == null || compareTo(other) > 0;
    }
}
