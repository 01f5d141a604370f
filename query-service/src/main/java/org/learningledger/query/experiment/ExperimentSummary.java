package org.learningledger.query.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a team's experiment list. Once the experiment's texts were erased its question is null
 * and it says when ({@code erasedAt}) and by whom ({@code erasedBy}: TEAM, STEWARD or ADMINISTRATOR).
 * {@code basedOnKind} says what {@code basedOn} names: {@code learning}, {@code lesson} or {@code finding} (of a
 * case review).
 */
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
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant erasedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String erasedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String basedOnKind) {
}
