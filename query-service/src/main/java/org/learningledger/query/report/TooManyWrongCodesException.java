package org.learningledger.query.report;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Too many wrong receipt codes from this address lately: 429, with {@code Retry-After} in seconds. */
public class TooManyWrongCodesException extends ErrorResponseException {

    public TooManyWrongCodesException(Duration wait) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds() + 1)));
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many wrong receipt codes from this address. Please wait before trying again.");
        problem.setTitle("Too many wrong codes");
        return problem;
    }
}
