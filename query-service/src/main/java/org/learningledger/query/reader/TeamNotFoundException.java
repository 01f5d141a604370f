package org.learningledger.query.reader;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No team whose private work the reader may see: a team that does not exist and one the reader
 * is not a member of answer alike, so a team id reveals nothing.
 */
public class TeamNotFoundException extends ErrorResponseException {

    public TeamNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No team with this id.");
        problem.setTitle("Team not found");
        return problem;
    }
}
