package org.learningledger.query.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The spread of learning the reader may see. Every number describes a learning, a pair of regions
 * or the whole set; none is about a named team (teamId appears only as a learning's provenance).
 */
public record Spread(List<LearningReach> learnings, TimeToFirstValidation timeToFirstValidation, List<Flow> flows) {

    /** One learning: who validated it by date (cumulative), and how long the first validation elsewhere took. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LearningReach(UUID learningId, UUID teamId, UUID regionId, String title,
                                Instant firstPublishedAt, Instant firstValidationElsewhereAt,
                                Long daysToFirstValidation, List<ReachPoint> reach) {
    }

    /** Distinct validating teams and regions up to and including {@code date}. */
    public record ReachPoint(LocalDate date, int teams, int regions) {
    }

    /** Over learnings validated elsewhere: how many, the median days, and how many fell in each bucket. */
    public record TimeToFirstValidation(int learnings, Double medianDays, List<Bucket> buckets) {
    }

    /** {@code upToDays} null for the last, open bucket. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bucket(String label, Integer upToDays, int learnings) {
    }

    /** Validating learnings published in {@code toRegionId} of learnings from {@code fromRegionId}. */
    public record Flow(UUID fromRegionId, UUID toRegionId, int validations) {
    }
}
