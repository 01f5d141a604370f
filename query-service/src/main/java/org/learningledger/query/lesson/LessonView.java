package org.learningledger.query.lesson;

import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * A lesson as its readers get it: the de-identified text, its region and tier, whether it is approved. It names
 * no reviewer and no report: the report is confidential, and who wrote the lesson is the reviewers' business.
 * {@code experimentsStarted}: how many experiments based on it have started, never whose. Once erased
 * ({@code erasedAt}) its texts are null; that it was approved at its tier stays.
 */
public record LessonView(UUID lessonId, UUID regionId, Tier tier, String title, String summary, String practice,
                         boolean approved, Instant draftedAt, Instant approvedAt, int experimentsStarted,
                         Instant erasedAt) {
}
