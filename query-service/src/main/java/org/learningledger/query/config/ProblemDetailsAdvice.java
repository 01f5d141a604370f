package org.learningledger.query.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
