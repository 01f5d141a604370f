package org.learningledger.query.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 400 for a {@code locale} other than {@code cs} and {@code en}, shaped like the other parameter errors. */
public class UnknownLocaleException extends ErrorResponseException {

    static final String MESSAGE = "must be cs or en";

    UnknownLocaleException() {
        super(HttpStatus.BAD_REQUEST, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter 'locale' " + MESSAGE + ".");
        problem.setTitle("Invalid request parameter");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", "locale");
        error.put("rule", "one-of");
        error.put("message", MESSAGE);
        problem.setProperty("errors", List.of(error));
        return problem;
    }
}
