package org.learningledger.command.report;

import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The report API's limits, in memory only: 5 submissions per signed-in user per hour (counted, never
 * stored or linked to a report), and 10 wrong receipt codes per client address per 10 minutes.
 */
@Component
class RateLimits {

    final RateLimit submissions;
    final RateLimit wrongReceipts;

    RateLimits(Clock clock) {
        this.submissions = new RateLimit(5, Duration.ofHours(1), clock);
        this.wrongReceipts = new RateLimit(10, Duration.ofMinutes(10), clock);
    }
}
