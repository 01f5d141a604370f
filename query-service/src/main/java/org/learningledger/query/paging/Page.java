package org.learningledger.query.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A list answered a page at a time: at most {@code limit} items (100 unless asked, never more than
 * 500), the body still a plain JSON array, and a {@code Link: <...>; rel="next"} header (RFC 8288)
 * while more follow. The cursor names the last item sent, so a page never repeats or skips an item
 * because something was added before it; if that item has since gone from the reader's list (a
 * withdrawal), the cursor is refused (400) rather than guessing where to go on.
 */
public final class Page {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private Page() {
    }

    public static <T> ResponseEntity<List<T>> of(List<T> ordered, Function<T, ?> id, Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw invalid("limit", "range", "must be between 1 and " + MAX_LIMIT);
        }
        int from = 0;
        if (cursor != null) {
            String after = decode(cursor);
            int index = indexOf(ordered, id, after);
            if (index < 0) {
                throw invalid("cursor", "current", "names an item that is no longer in this list; start again without it");
            }
            from = index + 1;
        }
        List<T> page = ordered.subList(from, Math.min(ordered.size(), from + size));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (from + size < ordered.size()) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("cursor",
                    encode(String.valueOf(id.apply(page.get(page.size() - 1))))).replaceQueryParam("limit", size)
                    .build().toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(List.copyOf(page));
    }

    private static <T> int indexOf(List<T> ordered, Function<T, ?> id, String wanted) {
        for (int i = 0; i < ordered.size(); i++) {
            if (String.valueOf(id.apply(ordered.get(i))).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String encode(String after) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(after.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("cursor", "format", "is not a cursor this list gave out");
        }
    }

    private static ErrorResponseException invalid(String field, String rule, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + field + "' " + message + ".");
        problem.setTitle("Invalid request parameter");
        problem.setProperty("errors", List.of(Map.of("field", field, "rule", rule, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
