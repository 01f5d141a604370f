package org.learningledger.query.experiment;

import java.time.Instant;
import java.util.UUID;

/** One line of a team's experiment list. */
public record ExperimentSummary(
        UUID id,
        UUID teamId,
        String question,
        ExperimentStatus status,
        String decision,
        UUID basedOn,
        Instant proposedAt,
        Instant startedAt,
        Instant endedAt,
        long version) {
}
