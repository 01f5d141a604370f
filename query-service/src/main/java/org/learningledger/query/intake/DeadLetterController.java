package org.learningledger.query.intake;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin only: what the intake could not apply, and a retry after a fix. The list never carries a
 * record's value (it may hold content); ids, positions, type and reason are enough to act on, and
 * {@code payloadPurgedAt} says which can no longer be retried (409 for a retry of one such aggregate).
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    private static final int LIMIT = 500;

    private final DeadLetters deadLetters;
    private final StoppedAggregates stops;
    private final DeadLetterRetry retry;

    DeadLetterController(DeadLetters deadLetters, StoppedAggregates stops, DeadLetterRetry retry) {
        this.deadLetters = deadLetters;
        this.stops = stops;
        this.retry = retry;
    }

    /** The stopped aggregates and the newest dead letters (of one aggregate, if asked). */
    @GetMapping
    Listing list(@RequestParam(required = false) UUID aggregateId, Authentication authentication) {
        requireAdmin(authentication);
        return new Listing(stops.all(), deadLetters.list(aggregateId, LIMIT));
    }

    /** Body {@code {"aggregateId": ...}} retries that stopped aggregate; no body (or no field) retries all. */
    @PostMapping("/retry")
    List<DeadLetterRetry.Outcome> retry(@RequestBody(required = false) Map<String, Object> body,
            Authentication authentication) {
        requireAdmin(authentication);
        Object field = body == null ? null : body.get("aggregateId");
        if (field == null) {
            return retry.retryAll();
        }
        UUID aggregateId = uuid(field);
        try {
            return List.of(retry.retry(aggregateId).orElseThrow(() -> problem(HttpStatus.NOT_FOUND,
                    "Not found", "No stopped aggregate with this id.")));
        } catch (PayloadPurgedException e) {
            ErrorResponseException conflict = problem(HttpStatus.CONFLICT, "Dead-letter payload purged", e.getMessage());
            conflict.getBody().setProperty("aggregateId", e.aggregateId());
            conflict.getBody().setProperty("payloadPurgedAt", e.purgedAt());
            throw conflict;
        }
    }

    /** GET's answer. */
    record Listing(List<StoppedAggregates.Stop> stopped, List<DeadLetters.Entry> deadLetters) {
    }

    private static UUID uuid(Object field) {
        try {
            return UUID.fromString(String.valueOf(field));
        } catch (IllegalArgumentException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Field 'aggregateId' must be a UUID.");
            problem.setTitle("Invalid request field");
            problem.setProperty("errors", List.of(Map.of("field", "aggregateId", "rule", "uuid",
                    "message", "must be a UUID")));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
    }

    private static void requireAdmin(Authentication authentication) {
        boolean admin = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_admin".equals(a.getAuthority()));
        if (!admin) {
            throw problem(HttpStatus.FORBIDDEN, "Forbidden", "Only an admin may see or retry dead letters.");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
