package org.learningledger.query.report;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportEvent;
import org.learningledger.events.report.ReportReplied;
import org.learningledger.events.report.ReportSubmitted;
import org.learningledger.events.report.ReportTriaged;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.Projection;
import org.learningledger.query.intake.RejectedEventException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code report} and its additions, replies and triage history. Every write is idempotent on its
 * own: inserts ignore existing rows, a triage moves the state only if it is newer than the report's
 * {@code version}. An event of a report never submitted, or of another region than its report's, is
 * refused: the report's aggregate stops. Nothing here records or derives who reported. An erasure blanks
 * every text of the report (additions, replies and triage reasons included) and keeps the fact and its date.
 */
@Component
class ReportProjection implements Projection {

    private final JdbcClient jdbc;

    ReportProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(LedgerEvent event) {
        if (!(event.payload() instanceof ReportEvent payload)) {
            return;
        }
        String type = payload.getClass().getSimpleName();
        RejectedEventException.unlessWellFormed(event, type, ReportEventChecks.missingFields(event),
                () -> ReportEventChecks.aggregateId(payload));
        UUID id = ReportEventChecks.aggregateId(payload);
        if (!(payload instanceof ReportSubmitted)) {
            requireReport(type, id, payload.regionId());
        }
        payload.handle(new Writes(event, id, event.occurredAt().atOffset(ZoneOffset.UTC)));
    }

    private void requireReport(String type, UUID id, UUID region) {
        if (jdbc.sql("SELECT count(*) FROM report WHERE report_id = :id AND region_id = :region")
                .param("id", id).param("region", region).query(Long.class).single() == 0) {
            throw new RejectedEventException(type + " for report " + id + " never submitted in region " + region);
        }
    }

    /** One event's writes: the exhaustive switch over a report's events. */
    private final class Writes implements ReportEvent.Handler<Void> {

        private final LedgerEvent event;
        private final UUID id;
        private final OffsetDateTime at;

        Writes(LedgerEvent event, UUID id, OffsetDateTime at) {
            this.event = event;
            this.id = id;
            this.at = at;
        }

        @Override
        public Void reportSubmitted(ReportSubmitted e) {
            jdbc.sql("""
                    INSERT INTO report (report_id, region_id, kind, state, what_happened, what_helped, what_could_change,
                                        receipt_hash, submitted_at, version)
                    VALUES (:id, :region, :kind, 'NEW', :happened, :helped, :change, :receipt, :at, :version)
                    ON CONFLICT (report_id) DO NOTHING""")
                    .param("id", id).param("region", e.regionId()).param("kind", e.kind().name())
                    .param("happened", e.whatHappened()).param("helped", e.whatHelped())
                    .param("change", e.whatCouldChange()).param("receipt", e.receiptHash()).param("at", at)
                    .param("version", event.sequence()).update();
            return null;
        }

        @Override
        public Void reportAdded(ReportAdded e) {
            jdbc.sql("""
                    INSERT INTO report_addition (addition_id, report_id, text, added_at, sequence)
                    VALUES (:addition, :id, :text, :at, :sequence) ON CONFLICT (addition_id) DO NOTHING""")
                    .param("addition", e.additionId()).param("id", id).param("text", e.text()).param("at", at)
                    .param("sequence", event.sequence()).update();
            return null;
        }

        @Override
        public Void reportReplied(ReportReplied e) {
            jdbc.sql("""
                    INSERT INTO report_reply (reply_id, report_id, reviewer_id, text, replied_at, sequence)
                    VALUES (:reply, :id, :reviewer, :text, :at, :sequence) ON CONFLICT (reply_id) DO NOTHING""")
                    .param("reply", e.replyId()).param("id", id).param("reviewer", e.reviewerId())
                    .param("text", e.text()).param("at", at).param("sequence", event.sequence()).update();
            return null;
        }

        @Override
        public Void reportTriaged(ReportTriaged e) {
            jdbc.sql("""
                    INSERT INTO report_triage (report_id, sequence, state, reviewer_id, reason, triaged_at)
                    VALUES (:id, :sequence, :state, :reviewer, :reason, :at) ON CONFLICT DO NOTHING""")
                    .param("id", id).param("sequence", event.sequence()).param("state", e.state().name())
                    .param("reviewer", e.reviewerId()).param("reason", e.reason()).param("at", at).update();
            jdbc.sql("UPDATE report SET state = :state, version = :sequence WHERE report_id = :id AND version < :sequence")
                    .param("id", id).param("state", e.state().name()).param("sequence", event.sequence()).update();
            return null;
        }

        /** Every row of the report, not only the listed ones: nothing of its text may outlive the key. */
        @Override
        public Void reportErased(ReportErased e) {
            jdbc.sql("""
                    UPDATE report SET what_happened = NULL, what_helped = NULL, what_could_change = NULL,
                           erased_at = COALESCE(erased_at, :at), erasure_role = COALESCE(erasure_role, :role)
                    WHERE report_id = :id""")
                    .param("id", id).param("at", at).param("role", e.erasure().role().name()).update();
            jdbc.sql("UPDATE report_addition SET text = NULL WHERE report_id = :id").param("id", id).update();
            jdbc.sql("UPDATE report_reply SET text = NULL WHERE report_id = :id").param("id", id).update();
            jdbc.sql("UPDATE report_triage SET reason = NULL WHERE report_id = :id").param("id", id).update();
            return null;
        }
    }
}
