package org.learningledger.query.experiment;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No experiment with that id in the read model: answered as a 404 problem document. */
public class ExperimentNotFoundException extends ErrorResponseException {

    public ExperimentNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No experiment " + id + ".");
        problem.setTitle("Experiment not found");
        return problem;
    }
}
