package org.learningledger.query.lesson;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No lesson the reader may see: unknown, a draft of another's region, or beyond the reader's tier, alike. */
public class LessonNotFoundException extends ErrorResponseException {

    public LessonNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No lesson with this id.");
        problem.setTitle("Lesson not found");
        return problem;
    }
}
