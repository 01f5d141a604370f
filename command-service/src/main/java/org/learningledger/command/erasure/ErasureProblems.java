package org.learningledger.command.erasure;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The 404 for an unknown item of a visible record, in the shape of every other problem document. */
@RestControllerAdvice
class ErasureProblems {

    static final URI UNKNOWN_ITEM = URI.create("urn:ledger:problem:unknown-item");

    @ExceptionHandler(UnknownItem.class)
    ProblemDetail unknownItem(UnknownItem ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "The field '" + ex.field() + "' " + ex.getMessage() + ".");
        problem.setType(UNKNOWN_ITEM);
        problem.setTitle("No such item");
        problem.setProperty("errors", List.of(Map.of("field", ex.field(), "rule", ex.rule(),
                "message", ex.getMessage())));
        return problem;
    }
}
