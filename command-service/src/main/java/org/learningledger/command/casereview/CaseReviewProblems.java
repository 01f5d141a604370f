package org.learningledger.command.casereview;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The 422 of {@link UnprocessableField}, in the shape of every other problem document (field and rule). */
@RestControllerAdvice
class CaseReviewProblems {

    static final URI UNPROCESSABLE = URI.create("urn:ledger:problem:unprocessable-field");

    @ExceptionHandler(UnprocessableField.class)
    ProblemDetail unprocessable(UnprocessableField ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The field '" + ex.field() + "' " + ex.getMessage() + ". Nothing was recorded.");
        problem.setType(UNPROCESSABLE);
        problem.setTitle("The request breaks a rule");
        problem.setProperty("errors", List.of(Map.of("field", ex.field(), "rule", ex.rule(),
                "message", ex.getMessage())));
        return problem;
    }
}
