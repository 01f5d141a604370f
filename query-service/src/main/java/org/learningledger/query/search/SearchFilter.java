package org.learningledger.query.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * What a search asks, checked: the words (at least one, at most {@link #MAX_WORDS}), and the filters that narrow
 * the hits, never widen them. A bad parameter is a 400 problem naming the field and the rule.
 *
 * @param words the searched words, folded ({@link Folding#words})
 * @param topic a team's focus (experiments and learnings; lessons and case reviews have none)
 * @param stage an experiment's status or a learning's stage, see {@link #STAGES}
 * @param from first day (inclusive) of the hit's date
 * @param to last day (inclusive) of the hit's date
 */
record SearchFilter(List<String> words, String topic, UUID region, String stage, LocalDate from, LocalDate to) {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 8;
    static final Set<String> STAGES = Set.of("PROPOSED", "STARTED", "CONCLUDED", "ABANDONED", "DRAFT", "PUBLISHED",
            "WITHDRAWN", "APPROVED");

    static SearchFilter of(String q, String topic, UUID region, String stage, String from, String to) {
        if (q == null || q.isBlank()) {
            throw invalid("q", "required", "must name a word to search for");
        }
        if (q.length() > MAX_LENGTH) {
            throw invalid("q", "maxLength", "must be at most " + MAX_LENGTH + " characters");
        }
        List<String> words = Folding.words(q);
        if (words.isEmpty()) {
            throw invalid("q", "word", "must hold at least one letter or digit");
        }
        if (words.size() > MAX_WORDS) {
            throw invalid("q", "maxWords", "must be at most " + MAX_WORDS + " words");
        }
        if (stage != null && !STAGES.contains(stage)) {
            throw invalid("stage", "oneOf", "must be one of " + String.join(", ", STAGES.stream().sorted().toList()));
        }
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw invalid("to", "notBeforeFrom", "must not be before 'from'");
        }
        return new SearchFilter(words, topic == null || topic.isBlank() ? null : topic, region, stage, first, last);
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(field, "date", "must be a date, yyyy-mm-dd");
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
