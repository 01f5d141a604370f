package org.learningledger.query.casereview;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Blanks every text of one case review, in every table and every version's snapshot; keeps the facts. */
final class CaseReviewErasure {

    private final JdbcClient jdbc;

    CaseReviewErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void blank(UUID id, OffsetDateTime at, String role) {
        jdbc.sql("""
                UPDATE case_review SET title = NULL, withdrawal_reason = NULL,
                       erased_at = COALESCE(erased_at, :at), erasure_role = COALESCE(erasure_role, :role)
                WHERE case_review_id = :id""").param("id", id).param("at", at).param("role", role).update();
        jdbc.sql("UPDATE case_review_episode SET what_happened = NULL, why_it_made_sense = NULL WHERE case_review_id = :id")
                .param("id", id).update();
        jdbc.sql("UPDATE case_review_finding SET text = NULL WHERE case_review_id = :id").param("id", id).update();
        jdbc.sql("UPDATE case_review_issue SET question = NULL WHERE case_review_id = :id").param("id", id).update();
        jdbc.sql("UPDATE case_review_addendum SET text = NULL WHERE case_review_id = :id").param("id", id).update();
        jdbc.sql("SELECT version, snapshot::text FROM case_review_version WHERE case_review_id = :id").param("id", id)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2)}).list()
                .forEach(row -> jdbc.sql("UPDATE case_review_version SET snapshot = CAST(:snapshot AS jsonb)"
                                + " WHERE case_review_id = :id AND version = :version")
                        .param("id", id).param("version", row[0])
                        .param("snapshot", Snapshots.toJson(Snapshots.blanked(Snapshots.fromJson((String) row[1]))))
                        .update());
    }
}
