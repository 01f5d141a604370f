package org.learningledger.query.challenge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a challenge has waited for its first answer, in whole days, as of {@code clock}'s now; null
 * once answered. The design shows a challenge left unanswered for 30 days as such: from day 30 on.
 */
final class Unanswered {

    static final int FLAGGED_FROM_DAYS = 30;

    private Unanswered() {
    }

    static Integer days(Instant raisedAt, Instant firstAnsweredAt, Clock clock) {
        if (firstAnsweredAt != null) {
            return null;
        }
        return (int) Math.max(0, Duration.between(raisedAt, clock.instant()).toDays());
    }

    static boolean over30Days(Integer days) {
        return days != null && days >= FLAGGED_FROM_DAYS;
    }
}
