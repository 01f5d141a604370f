package org.learningledger.query.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No reports of this region for the reader: anyone but its reviewers gets this, as for a region without any. */
public class RegionReportsNotFoundException extends ErrorResponseException {

    public RegionReportsNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No reports of a region with this id.");
        problem.setTitle("Reports not found");
        return problem;
    }
}
