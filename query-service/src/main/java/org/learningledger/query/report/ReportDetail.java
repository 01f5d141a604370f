package org.learningledger.query.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.learning.Tier;
import org.learningledger.events.report.ReportKind;
import org.learningledger.events.report.ReportState;

/**
 * A report as its region's reviewers read it: texts, additions, replies and triage with the reviewers who
 * wrote them, and the lessons written from it (drafts included). Nothing names the reporter. Once erased
 * ({@code erasedAt}) every text is null; kind, region, state and dates stay.
 */
public record ReportDetail(UUID id, UUID regionId, ReportKind kind, ReportState state, Instant submittedAt,
                           String whatHappened, String whatHelped, String whatCouldChange, List<Addition> additions,
                           List<Reply> replies, List<Triage> triage, List<Lesson> lessons, Instant erasedAt) {

    /** Something the reporter added with the receipt. */
    public record Addition(UUID additionId, String text, Instant addedAt) {
    }

    /** A reviewer's answer to the reporter. */
    public record Reply(UUID replyId, String reviewerId, String text, Instant repliedAt) {
    }

    /** A move of the report's state, by whom and why. */
    public record Triage(ReportState state, String reviewerId, String reason, Instant triagedAt) {
    }

    /**
     * A lesson written from the report: a draft until {@code approvedAt}; its title null once erased;
     * {@code experimentsStarted}: how many experiments based on it have started (never whose).
     */
    public record Lesson(UUID lessonId, String title, Tier tier, String draftedBy, Instant draftedAt,
                         String approvedBy, Instant approvedAt, Instant erasedAt, int experimentsStarted) {
    }
}
