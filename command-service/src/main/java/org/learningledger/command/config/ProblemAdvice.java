package org.learningledger.command.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.AxonTransientException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.NotFound;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.publication.IdentifyingDetails;
import org.learningledger.command.report.TooManyRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal as an RFC 9457 problem document that names the field and the rule, so a client
 * (and the person behind it) can fix the request. Nothing was appended when one of these answers.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    static final URI INVALID = URI.create("urn:ledger:problem:invalid-request");
    static final URI RULE = URI.create("urn:ledger:problem:rule-violated");
    static final URI NOT_FOUND = URI.create("urn:ledger:problem:not-found");
    static final URI CONFLICT = URI.create("urn:ledger:problem:conflict");
    static final URI FORBIDDEN = URI.create("urn:ledger:problem:forbidden");
    static final URI UNAVAILABLE = URI.create("urn:ledger:problem:unavailable");
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ProblemAdvice::fieldError).toList();
        return ResponseEntity.badRequest().body(invalid("The request has invalid fields.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimit.TooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge.max));
            }
        }
        return ResponseEntity.badRequest().body(UnreadableBody.describe(ex));
    }

    static ProblemDetail tooLarge(long max) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is longer than " + max + " bytes. Nothing was recorded.");
        problem.setTitle("Request too large");
        problem.setType(URI.create("urn:ledger:problem:too-large"));
        problem.setProperty("errors", List.of(error("body", "max-size", "must be at most " + max + " bytes")));
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        String expected = ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        return invalid("The path parameter '" + ex.getName() + "' is not a valid " + expected + ".",
                List.of(error(ex.getName(), expected.toLowerCase(), "must be a " + expected)));
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setType(RULE);
        problem.setTitle("The request breaks a rule");
        problem.setProperty("rule", ex.rule());
        return problem;
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setType(FORBIDDEN);
        problem.setTitle("Not permitted");
        return problem;
    }

    @ExceptionHandler(FieldRuleViolation.class)
    ProblemDetail fieldRule(FieldRuleViolation ex) {
        return invalid("The field '" + ex.field() + "' " + ex.getMessage() + ".",
                List.of(error(ex.field(), ex.rule(), ex.getMessage())));
    }

    /** 422: the request is well-formed, but its text would identify someone; each finding says where. */
    @ExceptionHandler(IdentifyingDetails.class)
    ProblemDetail identifying(IdentifyingDetails ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
        problem.setType(URI.create("urn:ledger:problem:identifying-details"));
        problem.setTitle("The text would identify someone");
        problem.setProperty("findings", ex.findings());
        return problem;
    }

    /**
     * A missing record and one the actor may not see get one answer, byte for byte: no id, no path
     * ({@code instance}, which Spring would add to a {@link ProblemDetail}), nothing that differs.
     */
    @ExceptionHandler({AggregateNotFoundException.class, NotFound.class})
    ResponseEntity<Map<String, Object>> notFound(RuntimeException ex) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", NOT_FOUND.toString());
        problem.put("title", "Not found");
        problem.put("status", HttpStatus.NOT_FOUND.value());
        problem.put("detail", "No such resource.");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** 429 with Retry-After: too many reports by one person, or too many wrong receipt codes from one address. */
    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequests ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                ex.getMessage() + " Nothing was recorded.");
        problem.setType(URI.create("urn:ledger:problem:too-many-requests"));
        problem.setTitle("Too many requests");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds())).body(problem);
    }

    /** Two requests raced on one record and it still failed after {@link ConflictRetry}'s retries. Retrying is safe. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrent(RuntimeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Another change to the same record happened at the same time; retry the request.");
        problem.setType(CONFLICT);
        problem.setTitle("Concurrent change");
        return problem;
    }

    /**
     * The event store or the database failed mid-command (a lost connection, a store that is down), so nothing
     * was recorded: 503, try again (commands are idempotent). Handled here on purpose: Spring MVC takes an
     * EOFException anywhere in the cause chain for a client that went away and answers an empty 200, and a
     * PostgreSQL connection cut mid-command ends in exactly that; the client would take a lost write as accepted.
     */
    @ExceptionHandler({EventStoreException.class, AxonTransientException.class, DataAccessException.class,
            TransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception ex) {
        log.warn("Command not recorded, the store failed: {}", ex.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The ledger could not record this just now and nothing was recorded. Please try again in a moment.");
        problem.setType(UNAVAILABLE);
        problem.setTitle("Not recorded, try again");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    static ProblemDetail invalid(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    static Map<String, String> error(String field, String rule, String message) {
        return Map.of("field", field, "rule", rule, "message", message);
    }

    private static Map<String, String> fieldError(FieldError error) {
        String rule = error.getCode() == null ? "invalid" : error.getCode();
        return error(error.getField(), rule, String.valueOf(error.getDefaultMessage()));
    }
}
