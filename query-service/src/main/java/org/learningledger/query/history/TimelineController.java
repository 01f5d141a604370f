package org.learningledger.query.history;

import java.time.Instant;
import java.util.UUID;
import org.learningledger.query.reader.Readers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/learnings/{id}/timeline?asOf=}: the spread of one learning as the reader could see it then. */
@RestController
class TimelineController {

    private final HistoryQueries queries;
    private final Readers readers;
    private final CitingFindings findings;

    TimelineController(HistoryQueries queries, Readers readers, CitingFindings findings) {
        this.queries = queries;
        this.readers = readers;
        this.findings = findings;
    }

    @GetMapping("/api/learnings/{id}/timeline")
    Timelines.Timeline timeline(@PathVariable UUID id, @RequestParam(required = false) String asOf,
            Authentication authentication) {
        Instant at = Instants.end("asOf", asOf, Instant.now());
        return Timelines.of(readers.of(authentication), id, at, queries.aboutLearning(id, at), findings.of(id, at))
                .orElseThrow(TimelineController::notFound);
    }

    /** Word for word the learning detail's 404: a timeline reveals no more than the learning. */
    private static ErrorResponseException notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No learning with this id.");
        problem.setTitle("Learning not found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
