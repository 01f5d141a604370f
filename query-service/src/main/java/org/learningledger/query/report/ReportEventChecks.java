package org.learningledger.query.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportEvent;
import org.learningledger.events.report.ReportReplied;
import org.learningledger.events.report.ReportSubmitted;
import org.learningledger.events.report.ReportTriaged;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.RequiredFields;

/**
 * What the reports read model cannot do without, per event. The first required field is the report, the
 * aggregate the event belongs to. What helped and what could change may be absent; texts are absent too
 * when their key was erased. Nothing here asks for a reporter: the events name none.
 */
final class ReportEventChecks {

    private ReportEventChecks() {
    }

    /** The report the event belongs to (null when absent). */
    static UUID aggregateId(ReportEvent event) {
        return (UUID) event.handle(REQUIRED).values().stream().findFirst().orElse(null);
    }

    /** Names of required fields the event lacks, in declaration order; empty when complete. */
    static List<String> missingFields(LedgerEvent event) {
        return RequiredFields.missing(((ReportEvent) event.payload()).handle(REQUIRED), event);
    }

    private static final Required REQUIRED = new Required();

    /** Field names and values, in order: the exhaustive switch over a report's events. */
    private static final class Required implements ReportEvent.Handler<Map<String, Object>> {

        @Override
        public Map<String, Object> reportSubmitted(ReportSubmitted e) {
            return RequiredFields.of("reportId", e.reportId(), "regionId", e.regionId(), "kind", e.kind(),
                    "whatHappened", e.whatHappened(), "receiptHash", e.receiptHash());
        }

        @Override
        public Map<String, Object> reportAdded(ReportAdded e) {
            return RequiredFields.of("reportId", e.reportId(), "regionId", e.regionId(), "additionId", e.additionId(),
                    "text", e.text());
        }

        @Override
        public Map<String, Object> reportReplied(ReportReplied e) {
            return RequiredFields.of("reportId", e.reportId(), "regionId", e.regionId(), "replyId", e.replyId(),
                    "reviewerId", e.reviewerId(), "text", e.text());
        }

        @Override
        public Map<String, Object> reportTriaged(ReportTriaged e) {
            return RequiredFields.of("reportId", e.reportId(), "regionId", e.regionId(), "state", e.state(),
                    "reviewerId", e.reviewerId());
        }

        @Override
        public Map<String, Object> reportErased(ReportErased e) {
            return RequiredFields.of("reportId", e.reportId(), "regionId", e.regionId(), "erasure", e.erasure(),
                    "erasure.role", role(e.erasure()));
        }
    }

    /** Who erased: the read model answers it, so it may not be missing. */
    private static Erasure.ErasedBy role(Erasure erasure) {
        return erasure == null ? null : erasure.role();
    }
}
