package org.learningledger.query.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningledger.query.csv.CsvRecords;
import org.learningledger.query.reader.Sight;

/**
 * One exported event as the reader may see it, as ordered name/value pairs (the CSV columns, in
 * order). A fact (a withdrawal, an invitation to the inviting steward) and a link (a validation
 * shown to the validated team) carry no title and no content. An erased event's text is null and, to
 * those who would see it, {@code erased_at} and {@code erased_by} (TEAM, STEWARD, REVIEWER or ADMINISTRATOR) say
 * so. An approved lesson is a row of kind {@code lesson} with its {@code lesson_id}, no team and no learning;
 * a published case review one of kind {@code case-review} ({@code case_review_id}), a raised challenge one of kind
 * {@code challenge} ({@code challenge_id}, its raising team if a team raised it), and its answers and outcome
 * reviews ones of kind {@code challenge-answered} (the answer as {@code result}, the rationale as {@code note}) and
 * {@code challenge-outcome-reviewed} (the outcome as {@code note}), at the raise's tier.
 */
final class ExportLine {

    static final List<String> COLUMNS = List.of("position", "occurred_at", "kind", "learning_id", "experiment_id",
            "team_id", "region_id", "tier", "version", "title", "validates", "result", "steward_region_id", "note", "erased_at", "erased_by",
            "lesson_id", "case_review_id", "challenge_id");

    private ExportLine() {
    }

    static Map<String, Object> of(HistoryRow row, Sight sight) {
        boolean full = sight == Sight.FULL;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("position", row.position());
        line.put("occurred_at", row.occurredAt().toString());
        line.put("kind", row.kind());
        line.put("learning_id", row.learningId());
        line.put("experiment_id", row.learningId() == null && !row.isLesson() && !roundTwo(row) ? row.aggregateId() : null);
        line.put("team_id", row.teamId());
        line.put("region_id", row.regionId());
        line.put("tier", row.tier());
        line.put("version", sight == Sight.FACT ? null : row.version());
        line.put("title", full ? row.title() : null);
        line.put("validates", sight == Sight.FACT ? null : row.validates());
        line.put("result", sight == Sight.FACT ? null : row.result());
        line.put("steward_region_id", row.stewardRegionId());
        line.put("note", full ? row.note() : null);
        // where the reader would see the text, the fact that it was erased
        line.put("erased_at", full && row.erasedAt() != null ? row.erasedAt().toString() : null);
        line.put("erased_by", full ? row.erasedBy() : null);
        // last, so a spreadsheet or script reading the columns by position before lessons still reads them
        line.put("lesson_id", row.lessonId());
        line.put("case_review_id", row.kind().equals("case-review") ? row.aggregateId() : null);
        line.put("challenge_id", RoundTwoFacts.CHALLENGE_KINDS.contains(row.kind()) ? row.aggregateId() : null);
        return line;
    }

    /** A case review's publication or a challenge's raise: no learning's, no experiment's. */
    private static boolean roundTwo(HistoryRow row) {
        return row.kind().equals("case-review") || RoundTwoFacts.CHALLENGE_KINDS.contains(row.kind());
    }

    /** One CSV record of the export (see {@link CsvRecords}). */
    static String csv(List<?> values) {
        return CsvRecords.of(values);
    }
}
