package org.learningledger.query.experiment;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No experiment with that id that the reader may see: answered as a 404 problem document. The
 * same answer whether it does not exist or belongs to another team, so the detail names no id.
 */
public class ExperimentNotFoundException extends ErrorResponseException {

    public ExperimentNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No experiment with this id.");
        problem.setTitle("Experiment not found");
        return problem;
    }
}
