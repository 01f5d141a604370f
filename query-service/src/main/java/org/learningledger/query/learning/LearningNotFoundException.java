package org.learningledger.query.learning;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No learning with that id that the reader may see: a draft of another team, a tier they do not
 * see, a withdrawn publication and an unknown id all answer this same 404.
 */
class LearningNotFoundException extends ErrorResponseException {

    LearningNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No learning with this id.");
        problem.setTitle("Learning not found");
        return problem;
    }
}
