package org.learningledger.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * One approved lesson as the reader could see it at asOf, beside the learnings: {@code kind} is always
 * {@code lesson}, so a client listing both tells them apart. No team (a lesson is its region's) and never
 * the report it came from. Once erased: no title, and when ({@code erasedAt}) and by whom ({@code erasedBy}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LandscapeLesson(String kind, UUID lessonId, UUID regionId, String title, Tier tier,
                              Instant approvedAt, Instant erasedAt, String erasedBy) {

    static LandscapeLesson of(HistoryRow row) {
        return new LandscapeLesson("lesson", row.lessonId(), row.regionId(), row.title(), row.tier(),
                row.occurredAt(), row.erasedAt(), row.erasedBy());
    }
}
