package org.learningledger.query.report;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No report the caller may see: an unknown id, another region's report, a wrong or malformed receipt code
 * and a stopped report all answer with this same 404, so neither an id nor a code reveals anything.
 */
public class ReportNotFoundException extends ErrorResponseException {

    public ReportNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No report with this id.");
        problem.setTitle("Report not found");
        return problem;
    }
}
