package org.learningledger.query.experiment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One experiment with all it says and its observations in the order they were recorded. */
public record ExperimentDetail(
        UUID id,
        UUID teamId,
        String question,
        String prediction,
        String plan,
        String measures,
        UUID basedOn,
        ExperimentStatus status,
        String decision,
        String summary,
        String abandonReason,
        Instant proposedAt,
        Instant startedAt,
        Instant endedAt,
        long version,
        Instant updatedAt,
        List<Observation> observations) {

    /** What the team observed, in its own words; a measure may carry a value. */
    public record Observation(UUID observationId, String kind, String text, BigDecimal value,
            Instant recordedAt) {
    }
}
