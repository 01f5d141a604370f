package org.learningledger.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.learningledger.query.reader.Reader;
import org.learningledger.query.reader.Sight;

/**
 * Cuts a learning's timeline as the reader could have seen it at asOf, out of its history rows up to
 * asOf, each row judged by {@link HistorySight}. Empty (a 404) unless the reader gets some row of the
 * learning in full: the team always; anyone else a publication (or an endorsement of one) at a tier
 * they see, which {@link Sight} never grants once the learning is withdrawn now, whatever asOf.
 */
final class Timelines {

    private Timelines() {
    }

    record Timeline(UUID learningId, Instant asOf, EvidenceStatus evidence, List<TimelineEntry> entries) {
    }

    /** With the findings that cite the learning ({@link CitingFindings}), each to those who see its snapshot in full. */
    static Optional<Timeline> of(Reader reader, UUID id, Instant asOf, List<HistoryRow> rows,
            List<CitingFindings.CitingFinding> citing) {
        List<HistoryRow> own = rows.stream().filter(r -> id.equals(r.learningId())).toList();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        if (own.stream().noneMatch(r -> HistorySight.of(reader, r) == Sight.FULL)) {
            return Optional.empty();
        }
        List<TimelineEntry> entries = new ArrayList<>();
        List<HistoryRow> validations = new ArrayList<>();
        for (HistoryRow row : rows) {
            Sight sight = HistorySight.of(reader, row);
            if (sight == Sight.HIDDEN) {
                continue;
            }
            if (!id.equals(row.learningId())) {
                if (row.isValidation() && id.equals(row.validates())) {
                    validations.add(row);
                    entries.add(new TimelineEntry(row.occurredAt(), "validatedBy", row.tier(), row.version(),
                            sight == Sight.FULL ? row.title() : null, null, null, row.learningId(),
                            row.teamId(), row.regionId(), row.result(), erasedAt(row, sight), erasedBy(row, sight)));
                } else if (row.kind().equals("challenge") && sight == Sight.FULL) {
                    // the rows asked for cite this learning (HistoryQueries.aboutLearning)
                    entries.add(new TimelineEntry(row.occurredAt(), "challengedBy", row.tier(), null, row.title(), null,
                            null, null, row.teamId(), row.regionId(), null, row.erasedAt(), row.erasedBy(),
                            row.aggregateId()));
                }
                continue;
            }
            switch (row.kind()) {
                // a team sees a validation of its own learning as a link only: no content of a tier it cannot see
                case "published", "validated" -> entries.add(new TimelineEntry(row.occurredAt(), "published",
                        row.tier(), row.version(), sight == Sight.FULL ? row.title() : null,
                        null, null, null, null, null, row.result(), erasedAt(row, sight), erasedBy(row, sight)));
                case "endorsed" -> entries.add(new TimelineEntry(row.occurredAt(), "endorsed", row.tier(), null,
                        null, row.stewardRegionId(), row.note(), null, null, null, null, erasedAt(row, sight),
                        erasedBy(row, sight)));
                case "invited" -> entries.add(new TimelineEntry(row.occurredAt(), "invited", Tier.valueOf(row.note()),
                        null, null, row.stewardRegionId(), null, null, null, null, null));
                case "withdrawn" -> entries.add(new TimelineEntry(row.occurredAt(), "withdrawn", row.tier(), null,
                        null, null, null, null, null, null, null));
                default -> { } // drafts and revisions are the team's own work, not the learning's spread
            }
        }
        citing.stream().filter(f -> Sight.of(reader, f.item()) == Sight.FULL).forEach(f -> entries.add(
                TimelineEntry.finding(f.at(), f.caseReviewId(), f.findingId(), f.text(), f.regionId(), f.tier(),
                        f.version(), f.publishedAt(), f.erasedAt(), f.erasedBy())));
        entries.sort(Comparator.comparing(TimelineEntry::at)); // stable: history's own order within an instant
        return Optional.of(new Timeline(id, asOf, EvidenceStatus.of(validations), entries));
    }

    /** The fact of an erasure shows where its text would: to those who see the row in full. */
    private static Instant erasedAt(HistoryRow row, Sight sight) {
        return sight == Sight.FULL ? row.erasedAt() : null;
    }

    private static String erasedBy(HistoryRow row, Sight sight) {
        return sight == Sight.FULL ? row.erasedBy() : null;
    }
}
