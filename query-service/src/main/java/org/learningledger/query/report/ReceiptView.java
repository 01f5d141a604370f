package org.learningledger.query.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportState;

/**
 * A report as the holder of its receipt reads it: their texts and additions, the replies without the
 * reviewers who wrote them, and the approved lessons written from it. No ids of people anywhere. Once the
 * report is erased ({@code erasedAt}) its texts, additions and replies are null.
 */
public record ReceiptView(ReportKind kind, UUID regionId, ReportState state, Instant submittedAt, String whatHappened,
                          String whatHelped, String whatCouldChange, List<Addition> additions, List<Reply> replies,
                          List<Lesson> lessons, Instant erasedAt) {

    /** What the reporter added. */
    public record Addition(String text, Instant addedAt) {
    }

    /** A reply of the region's reviewers, unsigned. */
    public record Reply(String text, Instant repliedAt) {
    }

    /**
     * An approved lesson written from the report, and what changed because the reporter spoke up: how many
     * experiments based on it have started (never which team's). Its title is null once it is erased.
     */
    public record Lesson(UUID lessonId, String title, Tier tier, Instant approvedAt, int experimentsStarted,
                         Instant erasedAt) {
    }

    static ReceiptView of(ReportDetail report) {
        return new ReceiptView(report.kind(), report.regionId(), report.state(), report.submittedAt(),
                report.whatHappened(), report.whatHelped(), report.whatCouldChange(),
                report.additions().stream().map(a -> new Addition(a.text(), a.addedAt())).toList(),
                report.replies().stream().map(r -> new Reply(r.text(), r.repliedAt())).toList(),
                report.lessons().stream().filter(l -> l.approvedAt() != null)
                        .map(l -> new Lesson(l.lessonId(), l.title(), l.tier(), l.approvedAt(), l.experimentsStarted(),
                                l.erasedAt())).toList(), report.erasedAt());
    }
}
