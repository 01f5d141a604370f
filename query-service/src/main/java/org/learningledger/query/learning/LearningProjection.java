package org.learningledger.query.learning;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningEvent;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.content.ContentSeal;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.TeamInvitedToPublish;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.Projection;
import org.learningledger.query.intake.RejectedEventException;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code learning} and its versions, endorsements and invitations. Idempotent on its own like
 * the other projections: the row moves only to a later {@code version}, child rows are keyed by
 * version or event sequence. Runs before the feed projection, which reads what this one wrote.
 */
@Component
@Order(0)
class LearningProjection implements Projection {

    private static final String CONTENT = "title = :title, summary = :summary, practice = :practice, "
            + "context = :context, evidence = CAST(:evidence AS jsonb), validates = :validates, result = :result, "
            + "revised_at = :at, draft_erased_at = NULL, draft_erased_by = NULL";

    private final JdbcClient jdbc;

    LearningProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(LedgerEvent event) {
        Object payload = event.payload();
        if (!LearningEventChecks.isLearningEvent(payload)) {
            return;
        }
        String type = payload.getClass().getSimpleName();
        List<String> missing = LearningEventChecks.missingFields(event);
        if (!missing.isEmpty()) {
            throw new RejectedEventException(type + " lacks required fields " + missing);
        }
        UUID id = LearningEventChecks.learningId(payload);
        if (!id.equals(event.aggregateId())) {
            throw new RejectedEventException(
                    type + " is about learning " + id + " but travels as aggregate " + event.aggregateId());
        }
        ((LearningEvent) payload).handle(new Writes(event, id));
    }

    /** One event's writes: the exhaustive switch over the learning's events. */
    private final class Writes implements LearningEvent.Handler<Void> {

        private final LedgerEvent event;
        private final UUID id;

        Writes(LedgerEvent event, UUID id) {
            this.event = event;
            this.id = id;
        }

        @Override
        public Void learningDrafted(LearningDrafted e) {
            content(jdbc.sql("""
                    INSERT INTO learning (id, team_id, title, summary, practice, context, evidence, validates, result,
                                          drafted_at, revised_at, updated_at, version, revision)
                    VALUES (:id, :team, :title, :summary, :practice, :context, CAST(:evidence AS jsonb), :validates,
                            :result, :at, :at, :at, :version, 1)
                    ON CONFLICT (id) DO NOTHING""").param("team", e.teamId()), e.title(), e.summary(), e.practice(),
                    e.context(), e.evidence(), e.validates(), e.result(), event).update();
            return null;
        }

        @Override
        public Void learningRevised(LearningRevised e) {
            // A revision-1 event carries no number: it is the one after the draft the row holds.
            String revision = e.revision() > 0 ? ":revision" : "revision + 1";
            update(content(statement(event, CONTENT + ", revision = " + revision), e.title(), e.summary(), e.practice(),
                    e.context(), e.evidence(), e.validates(), e.result(), event).param("revision", e.revision()), event);
            return null;
        }

        @Override
        public Void learningPublished(LearningPublished e) {
            update(statement(event, "region_id = :region, latest_version = greatest(latest_version, :number), "
                    + "tier = CASE WHEN tier = 'NATION' THEN 'NATION' ELSE :tier END")
                    .param("region", e.regionId()).param("number", e.version()).param("tier", e.tier().name()), event);
            jdbc.sql("""
                    INSERT INTO learning_version (learning_id, version, tier, title, snapshot, published_at)
                    VALUES (:id, :number, :tier, :title, CAST(:snapshot AS jsonb), :at) ON CONFLICT DO NOTHING""")
                    .param("id", id).param("number", e.version()).param("tier", e.tier().name())
                    .param("title", e.snapshot().title())
                    .param("snapshot", LedgerJson.mapper().writeValueAsString(e.snapshot())).param("at", at(event))
                    .update();
            return null;
        }

        @Override
        public Void learningWithdrawn(LearningWithdrawn e) {
            update(statement(event, "withdrawn = true, withdrawn_at = :at, withdraw_reason = :reason")
                    .param("reason", e.reason()), event);
            return null;
        }

        @Override
        public Void learningEndorsed(LearningEndorsed e) {
            update(statement(event, null), event);
            jdbc.sql("""
                    INSERT INTO learning_endorsement (learning_id, sequence, steward_id, steward_region_id, tier, note,
                                                      endorsed_at)
                    VALUES (:id, :sequence, :steward, :stewardRegion, :tier, :note, :at) ON CONFLICT DO NOTHING""")
                    .param("id", id).param("sequence", event.sequence()).param("steward", e.stewardId())
                    .param("stewardRegion", e.stewardRegionId()).param("tier", e.tier().name())
                    .param("note", e.note()).param("at", at(event)).update();
            return null;
        }

        /**
         * Blanks the draft while it is the erased revision, and the erased versions' snapshots; the
         * versions keep their place, tier and date, and say when and by whom they were erased.
         */
        @Override
        public Void learningRevisionErased(LearningRevisionErased e) {
            String by = LearningEventChecks.erasedBy(e.erasure());
            update(statement(event, "title = CASE WHEN revision = :erased THEN NULL ELSE title END, "
                    + "summary = CASE WHEN revision = :erased THEN NULL ELSE summary END, "
                    + "practice = CASE WHEN revision = :erased THEN NULL ELSE practice END, "
                    + "context = CASE WHEN revision = :erased THEN NULL ELSE context END, "
                    + "draft_erased_at = CASE WHEN revision = :erased THEN :at ELSE draft_erased_at END, "
                    + "draft_erased_by = CASE WHEN revision = :erased THEN :by ELSE draft_erased_by END")
                    .param("erased", e.revision()).param("by", by), event);
            if (e.versions().isEmpty()) {
                return null;
            }
            List<Map<String, Object>> versions = jdbc.sql("""
                    SELECT version, CAST(snapshot AS text) AS snapshot FROM learning_version
                    WHERE learning_id = :id AND version IN (:versions) AND erased_at IS NULL""")
                    .param("id", id).param("versions", e.versions()).query().listOfRows();
            for (Map<String, Object> version : versions) {
                String blank = LedgerJson.mapper().writeValueAsString(ContentSeal.blank(Snapshot.class,
                        LedgerJson.mapper().readTree((String) version.get("snapshot"))));
                jdbc.sql("""
                        UPDATE learning_version SET title = NULL, snapshot = CAST(:snapshot AS jsonb), erased_at = :at,
                               erased_by = :by WHERE learning_id = :id AND version = :version""")
                        .param("snapshot", blank).param("at", at(event)).param("by", by).param("id", id)
                        .param("version", version.get("version")).update();
            }
            return null;
        }

        /** Blanks the withdrawal's reason or that steward's endorsement note, saying when and by whom. */
        @Override
        public Void learningNoteErased(LearningNoteErased e) {
            String by = LearningEventChecks.erasedBy(e.erasure());
            if (e.kind() == NoteKind.WITHDRAWAL_REASON) {
                update(statement(event, "withdraw_reason = NULL, withdraw_reason_erased_at = :at, "
                        + "withdraw_reason_erased_by = :by").param("by", by), event);
                return null;
            }
            update(statement(event, null), event);
            jdbc.sql("""
                    UPDATE learning_endorsement SET note = NULL, note_erased_at = :at, note_erased_by = :by
                    WHERE learning_id = :id AND steward_id = :steward AND note_erased_at IS NULL""")
                    .param("at", at(event)).param("by", by).param("id", id).param("steward", e.stewardId()).update();
            return null;
        }

        @Override
        public Void teamInvitedToPublish(TeamInvitedToPublish e) {
            update(statement(event, null), event);
            jdbc.sql("""
                    INSERT INTO learning_invitation (learning_id, sequence, steward_id, steward_region_id, tier, invited_at)
                    VALUES (:id, :sequence, :steward, :stewardRegion, :tier, :at) ON CONFLICT DO NOTHING""")
                    .param("id", id).param("sequence", event.sequence()).param("steward", e.stewardId())
                    .param("stewardRegion", e.stewardRegionId()).param("tier", e.tier().name())
                    .param("at", at(event)).update();
            return null;
        }
    }

    /** An update that also moves version and updated_at forward, only for a later event. */
    private JdbcClient.StatementSpec statement(LedgerEvent event, String assignments) {
        String set = (assignments == null ? "" : assignments + ", ") + "version = :version, updated_at = :at";
        return jdbc.sql("UPDATE learning SET " + set + " WHERE id = :id AND version < :version")
                .param("id", event.aggregateId()).param("version", event.sequence()).param("at", at(event));
    }

    private void update(JdbcClient.StatementSpec statement, LedgerEvent event) {
        if (statement.update() == 0 && jdbc.sql("SELECT count(*) FROM learning WHERE id = :id")
                .param("id", event.aggregateId()).query(Long.class).single() == 0) {
            throw new RejectedEventException(
                    event.envelope().type() + " for unknown learning " + event.aggregateId());
        }
    }

    private static JdbcClient.StatementSpec content(JdbcClient.StatementSpec statement, String title, String summary,
            String practice, String context, List<UUID> evidence, UUID validates, Object result, LedgerEvent event) {
        return statement.param("id", event.aggregateId()).param("title", title).param("summary", summary)
                .param("practice", practice).param("context", context)
                .param("evidence", LedgerJson.mapper().writeValueAsString(evidence)).param("validates", validates)
                .param("result", result == null ? null : result.toString()).param("at", at(event))
                .param("version", event.sequence());
    }

    private static OffsetDateTime at(LedgerEvent event) {
        return event.occurredAt().atOffset(ZoneOffset.UTC);
    }
}
