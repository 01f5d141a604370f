package org.learningledger.query.intake;

import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health {@code intake}: OUT_OF_SERVICE while any aggregate is stopped, with their count and ids
 * (never content; details only for an admin). It has a health group of its own,
 * {@code /actuator/health/stops} (a group may not share a contributor's name), which answers 503 then, for alerting. The overall
 * {@code /actuator/health} maps OUT_OF_SERVICE to 200 and the liveness and readiness groups leave
 * it out (query-service.yml): a stop is in the shared database, so restarting or unrouting an
 * instance cannot cure it (every instance would go the same way, in a loop) and would take down
 * what the other aggregates still serve correctly; an operator must act (see the dead letters).
 */
@Component
class IntakeHealthIndicator extends AbstractHealthIndicator {

    /** Enough ids to act on; the count says how many there are. */
    private static final int SHOWN = 50;

    private final StoppedAggregates stops;

    IntakeHealthIndicator(StoppedAggregates stops) {
        super("Intake health check failed");
        this.stops = stops;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<StoppedAggregates.Stop> stopped = stops.all();
        if (stopped.isEmpty()) {
            builder.up().withDetail("stoppedAggregates", 0);
            return;
        }
        builder.outOfService().withDetail("stoppedAggregates", stopped.size())
                .withDetail("aggregateIds", stopped.stream().limit(SHOWN).map(s -> s.aggregateId().toString()).toList());
    }
}
