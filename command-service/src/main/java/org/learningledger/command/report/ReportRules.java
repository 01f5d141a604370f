package org.learningledger.command.report;

import java.util.Map;
import java.util.UUID;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.NotPermitted;
import org.learningledger.command.RuleViolation;
import org.learningledger.events.report.ReportState;

/**
 * The rules of a confidential report as pure decisions: each throws naming the rule, or returns
 * normally when the command may proceed. None of them is about who reported: the ledger does not know.
 */
final class ReportRules {

    private ReportRules() {
    }

    /** Anyone the ledger knows may report (a team's member, a steward, a reviewer, an analyst). */
    static void mayReport(boolean reporterKnown, boolean regionRegistered) {
        if (!reporterKnown) {
            throw new NotPermitted("Only people the ledger knows (members of a team, stewards, reviewers, analysts) "
                    + "may report.");
        }
        if (!regionRegistered) {
            throw new FieldRuleViolation("regionId", "registered", "must name a registered region");
        }
    }

    /** A retried submission cannot answer the receipt again: it was shown once and the ledger kept only its hash. */
    static void notSubmittedYet(boolean submitted) {
        if (submitted) {
            throw new RuleViolation("already-submitted", "This report was already submitted; its receipt code was "
                    + "shown once, when it was submitted, and cannot be shown again.");
        }
    }

    /** A reviewer sets a state the reporter reads; NEW is only where a report starts. */
    static void mayTriageTo(ReportState state) {
        if (state == ReportState.NEW) {
            throw new FieldRuleViolation("state", "triage-state", "must be UNDER_REVIEW, ANSWERED or CLOSED");
        }
    }

    /**
     * Whether a text under a client-chosen id is new: the same text again is a harmless retry (false),
     * another text under a used id is a conflict.
     */
    static boolean isNew(Map<UUID, String> recorded, UUID id, String text) {
        String before = recorded.get(id);
        if (before == null) {
            return true;
        }
        if (!before.equals(text)) {
            throw new RuleViolation("id-already-used", "This id was already used with a different text; choose a new id.");
        }
        return false;
    }

    /** An erased report's key is deleted: new text could not be sealed, and would bring back what was erased. */
    static void notErased(boolean erased) {
        if (erased) {
            throw new RuleViolation("report-erased", "This report was erased: it takes no new additions, replies or "
                    + "triage reasons, and no lessons are written from it.");
        }
    }
}
