package org.learningledger.query.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 400 with a problem document naming the parameter and the rule, shaped like the other request errors. */
public class InvalidParameterException extends ErrorResponseException {

    public InvalidParameterException(String field, String rule, String message) {
        super(HttpStatus.BAD_REQUEST, problem(field, rule, message), null);
    }

    private static ProblemDetail problem(String field, String rule, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + field + "' " + message + ".");
        problem.setTitle("Invalid request parameter");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("rule", rule);
        error.put("message", message);
        problem.setProperty("errors", List.of(error));
        return problem;
    }
}
