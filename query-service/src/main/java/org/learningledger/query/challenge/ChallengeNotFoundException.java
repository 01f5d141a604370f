package org.learningledger.query.challenge;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No challenge the caller may see: an unknown id, one at a tier the reader does not read, a stopped one. */
public class ChallengeNotFoundException extends ErrorResponseException {

    public ChallengeNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No challenge with this id.");
        problem.setTitle("Challenge not found");
        return problem;
    }
}
