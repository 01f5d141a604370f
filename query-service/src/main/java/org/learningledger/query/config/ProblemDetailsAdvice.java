package org.learningledger.query.config;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns request errors into RFC 9457 problem documents that name the parameter and the rule it
 * broke, in an {@code errors} property: {@code [{"field", "rule", "message", "allowed"?}]}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /**
     * The read models' database failed (a lost connection, a database that is down): 503, try again. Handled here on
     * purpose: Spring MVC takes an EOFException anywhere in the cause chain for a client that went away and answers
     * an empty 200, and a PostgreSQL connection cut mid-query ends in exactly that; a reader would see nothing
     * instead of being told to try again.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception ex) {
        log.warn("Query not answered, the database failed: {}", ex.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The ledger could not answer just now. Please try again in a moment.");
        problem.setType(URI.create("urn:ledger:problem:unavailable"));
        problem.setTitle("Not available, try again");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Map<String, Object> error = describe(field, ex.getRequiredType());
        ProblemDetail body = createProblemDetail(ex, status,
                "Parameter '" + field + "' " + error.get("message") + ".", null, null, request);
        body.setTitle("Invalid request parameter");
        body.setProperty("errors", List.of(error));
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    static Map<String, Object> describe(String field, Class<?> requiredType) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        if (requiredType == UUID.class) {
            error.put("rule", "uuid");
            error.put("message", "must be a UUID");
        } else if (requiredType != null && requiredType.isEnum()) {
            List<String> allowed = Arrays.stream(requiredType.getEnumConstants()).map(Object::toString).toList();
            error.put("rule", "oneOf");
            error.put("message", "must be one of " + String.join(", ", allowed));
            error.put("allowed", allowed);
        } else {
            String type = requiredType == null ? "value" : requiredType.getSimpleName();
            error.put("rule", "type");
            error.put("message", "must be a " + type);
        }
        return error;
    }
}
