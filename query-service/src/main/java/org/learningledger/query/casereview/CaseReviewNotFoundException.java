package org.learningledger.query.casereview;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No case review the caller may see: an unknown id, a stranger's, a removed participant's, a stopped one. */
public class CaseReviewNotFoundException extends ErrorResponseException {

    public CaseReviewNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No case review with this id.");
        problem.setTitle("Case review not found");
        return problem;
    }
}
