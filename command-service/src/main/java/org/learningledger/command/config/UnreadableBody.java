package org.learningledger.command.config;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns a body Jackson could not read into a problem naming the field and what it must be. */
final class UnreadableBody {

    private UnreadableBody() {
    }

    static ProblemDetail describe(HttpMessageNotReadableException ex) {
        Throwable cause = jsonCause(ex);
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                && mismatch.getTargetType() == String.class) {
            String field = path(mismatch);
            return ProblemAdvice.invalid("The field '" + field + "' must be text (in quotes), not a number or true/false.",
                    List.of(ProblemAdvice.error(field, "text", "must be text")));
        }
        if (cause instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            String field = path(invalid);
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return ProblemAdvice.invalid("The field '" + field + "' must be one of " + allowed + ".",
                        List.of(ProblemAdvice.error(field, "one-of", "must be one of " + allowed)));
            }
            String expected = target == null ? "value" : target.getSimpleName();
            return ProblemAdvice.invalid("The field '" + field + "' is not a valid " + expected + ".",
                    List.of(ProblemAdvice.error(field, expected.toLowerCase(), "must be a " + expected)));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return ProblemAdvice.invalid("The field '" + field + "' has the wrong type.",
                    List.of(ProblemAdvice.error(field, "type", "has the wrong type")));
        }
        if (cause instanceof StreamConstraintsException) {
            return ProblemAdvice.invalid("The body is nested too deeply or holds a name, text or number that is too"
                    + " long.", List.of(ProblemAdvice.error("body", "limits", "must stay within the request limits")));
        }
        if (cause instanceof JacksonException json && json.getLocation() != null) {
            return ProblemAdvice.invalid("The body is not valid JSON (line " + json.getLocation().getLineNr()
                    + ", column " + json.getLocation().getColumnNr() + ").",
                    List.of(ProblemAdvice.error("body", "json", "must be valid JSON")));
        }
        return ProblemAdvice.invalid("The request needs a JSON body.",
                List.of(ProblemAdvice.error("body", "required", "must be a JSON object")));
    }

    /** Jackson's own exception names the field; the most specific cause (e.g. a date parser's) does not. */
    private static Throwable jsonCause(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return cause;
            }
        }
        return ex.getMostSpecificCause();
    }

    private static String path(JacksonException ex) {
        return ex.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
