package org.learningledger.query.history;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;

/**
 * Publications cut to one reader: what of each learning they see in full, and the validations of
 * each learning they see (in full, or as a link when the validated learning is their team's).
 */
public record Sighted(Map<UUID, List<HistoryRow>> versions, Map<UUID, List<HistoryRow>> validationsOf) {

    public static Sighted of(Reader reader, List<HistoryRow> publications) {
        Map<UUID, List<HistoryRow>> versions = publications.stream()
                .filter(r -> HistorySight.of(reader, r) == Sight.FULL)
                .collect(Collectors.groupingBy(HistoryRow::learningId));
        Map<UUID, List<HistoryRow>> validations = publications.stream()
                .filter(r -> r.isValidation() && HistorySight.of(reader, r) != Sight.HIDDEN)
                .collect(Collectors.groupingBy(HistoryRow::validates));
        return new Sighted(versions, validations);
    }

    public List<HistoryRow> validationsOf(UUID learningId) {
        return validationsOf.getOrDefault(learningId, List.of());
    }
}
