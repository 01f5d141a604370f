package org.learningledger.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * A case review's snapshot as the reader could see it at asOf: the latest version published by then at a
 * tier they see, not withdrawn now. {@code kind} is always {@code case-review}. Never who took part, never
 * the chronology. Once erased: no title, and when ({@code erasedAt}) and by whom ({@code erasedBy}, a role).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LandscapeCaseReview(String kind, UUID caseReviewId, UUID regionId, String reviewKind, String title,
                                  Tier tier, int version, Instant publishedAt, Instant erasedAt, String erasedBy) {
}
