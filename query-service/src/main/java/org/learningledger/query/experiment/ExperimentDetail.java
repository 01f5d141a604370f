package org.learningledger.query.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learningledger.query.learning.WithdrawalNotice;

/**
 * One experiment with all it says and its observations in the order they were recorded; when the
 * learning it is based on was withdrawn, the notice of that (the fact, not the learning's content).
 * Erased texts are null, and the item erased says when ({@code erasedAt}) and by whom
 * ({@code erasedBy}: TEAM, STEWARD or ADMINISTRATOR): the experiment for its own texts, an observation for its own.
 * {@code basedOnKind}: what {@code basedOn} names, {@code learning}, {@code lesson} or {@code finding} (of a case
 * review); absent without {@code basedOn}. {@code follows}: the team's concluded experiment this one is the next
 * cycle of, with its question ({@code followsQuestion}); {@code nextCycles}: the team's experiments that follow
 * this one. {@code revisedAt}: when the proposal's texts were last corrected.
 */
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
        LocalDate startedOn,
        Instant endedAt,
        long version,
        Instant updatedAt,
        List<Observation> observations,
        WithdrawalNotice withdrawalNotice,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant erasedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String erasedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String basedOnKind,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID follows,
        @JsonInclude(JsonInclude.Include.NON_NULL) String followsQuestion,
        List<Cycle> nextCycles,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant revisedAt) {

    ExperimentDetail withWithdrawalNotice(WithdrawalNotice notice) {
        return new ExperimentDetail(id, teamId, question, prediction, plan, measures, basedOn, status, decision, summary,
                abandonReason, proposedAt, startedAt, startedOn, endedAt, version, updatedAt, observations, notice, erasedAt,
                erasedBy, basedOnKind, follows, followsQuestion, nextCycles, revisedAt);
    }

    /** An experiment of the same team that follows this one (its question null once erased). */
    public record Cycle(UUID id, String question, ExperimentStatus status) {
    }

    /**
     * What the team observed, in its own words; a measure may carry a value. {@code observedOn} is
     * the day it happened, {@code recordedAt} when the team wrote it down (often days later). A corrected
     * one reads as its latest correction ({@code correctedAt}); {@code history} then holds every wording,
     * the first recorded first.
     */
    public record Observation(UUID observationId, String kind, String text, BigDecimal value,
            Instant recordedAt, LocalDate observedOn,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant erasedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String erasedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant correctedAt,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Wording> history) {
    }

    /** One wording of an observation: since {@code at}; {@code reason} the correction's (none for the first). */
    public record Wording(String kind, String text, Instant at,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    }
}
