package org.learningledger.query.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Readers;
import org.learningledger.query.reader.Sight;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/lessons/{id}/timeline?asOf=}: an approved lesson's steps as the reader could see them then,
 * for the readers of its tier (as a learning's timeline is for the readers of its tier); 404 otherwise, a
 * draft included (its history is the region's reviewers', on the lesson itself).
 */
@RestController
class LessonTimelineController {

    private final HistoryQueries queries;
    private final Readers readers;

    LessonTimelineController(HistoryQueries queries, Readers readers) {
        this.queries = queries;
        this.readers = readers;
    }

    /** @param entries {@code approved} (tier, title; once erased no title, with erasedAt and erasedBy) */
    record LessonTimeline(UUID lessonId, Instant asOf, List<TimelineEntry> entries) {
    }

    @GetMapping("/api/lessons/{id}/timeline")
    LessonTimeline timeline(@PathVariable UUID id, @RequestParam(required = false) String asOf,
            Authentication authentication) {
        Instant at = Instants.end("asOf", asOf, Instant.now());
        return of(readers.of(authentication), id, at, queries.aboutLesson(id, at))
                .orElseThrow(LessonTimelineController::notFound);
    }

    /** Empty unless the reader sees the lesson's rows in full: {@link Sight} decides, as for any row. */
    static Optional<LessonTimeline> of(Reader reader, UUID id, Instant asOf, List<HistoryRow> rows) {
        List<TimelineEntry> entries = rows.stream().filter(r -> r.isLesson() && id.equals(r.lessonId()))
                .filter(r -> HistorySight.of(reader, r) == Sight.FULL)
                .map(r -> new TimelineEntry(r.occurredAt(), "approved", r.tier(), null, r.title(), null, null, null,
                        null, r.regionId(), null, r.erasedAt(), r.erasedBy()))
                .toList();
        return entries.isEmpty() ? Optional.empty() : Optional.of(new LessonTimeline(id, asOf, entries));
    }

    /** Word for word the lesson's own 404 ({@code GET /api/lessons/{id}}): a timeline reveals no more. */
    private static ErrorResponseException notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No lesson with this id.");
        problem.setTitle("Lesson not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
