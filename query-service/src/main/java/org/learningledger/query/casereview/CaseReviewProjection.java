package org.learningledger.query.casereview;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.casereview.CaseReviewEvent;
import org.learningledger.events.casereview.CaseReviewOpened;
import org.learningledger.events.casereview.CaseReviewParticipantAdded;
import org.learningledger.events.casereview.CaseReviewParticipantRemoved;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.EpisodeRecorded;
import org.learningledger.events.casereview.FindingCitedLearning;
import org.learningledger.events.casereview.FindingLinkedToExperiment;
import org.learningledger.events.casereview.FindingRecorded;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.Projection;
import org.learningledger.query.intake.RejectedEventException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code case_review} and its parts. Every write is idempotent on its own (inserts ignore existing
 * rows; a participant's add or removal applies only if newer than the row's sequence). An event of a review
 * never opened in its region, an addendum, link or cite to an item the review does not have, and an approval of a
 * version never proposed are refused: the review's aggregate stops. An erasure blanks every text, every
 * version's snapshot included, and keeps the facts with the erasure's date.
 */
@Component
class CaseReviewProjection implements Projection {

    private final JdbcClient jdbc;

    CaseReviewProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(LedgerEvent event) {
        if (!(event.payload() instanceof CaseReviewEvent payload)) {
            return;
        }
        String type = payload.getClass().getSimpleName();
        RejectedEventException.unlessWellFormed(event, type, CaseReviewEventChecks.missingFields(event),
                () -> CaseReviewEventChecks.aggregateId(payload));
        UUID id = CaseReviewEventChecks.aggregateId(payload);
        if (!(payload instanceof CaseReviewOpened) && count("SELECT count(*) FROM case_review WHERE case_review_id = :id"
                + " AND region_id = :ref", id, payload.regionId()) == 0) {
            throw new RejectedEventException(type + " for case review " + id + " never opened in region "
                    + payload.regionId());
        }
        payload.handle(new Writes(event, id, event.occurredAt().atOffset(ZoneOffset.UTC)));
    }

    private long count(String sql, UUID id, Object ref) {
        return jdbc.sql(sql).param("id", id).param("ref", ref).query(Long.class).single();
    }

    /** One event's writes: the exhaustive switch over a case review's events. */
    private final class Writes implements CaseReviewEvent.Handler<Void> {

        private final LedgerEvent event;
        private final UUID id;
        private final OffsetDateTime at;

        Writes(LedgerEvent event, UUID id, OffsetDateTime at) {
            this.event = event;
            this.id = id;
            this.at = at;
        }

        @Override
        public Void caseReviewOpened(CaseReviewOpened e) {
            jdbc.sql("""
                    INSERT INTO case_review (case_review_id, region_id, lead_id, kind, title, opened_at)
                    VALUES (:id, :region, :lead, :kind, :title, :at) ON CONFLICT (case_review_id) DO NOTHING""")
                    .param("id", id).param("region", e.regionId()).param("lead", e.leadId())
                    .param("kind", e.kind().name()).param("title", e.title()).param("at", at).update();
            // The lead is the first member of the review team (CaseReviewOpened's contract).
            return participant(e.leadId(), "REVIEW_TEAM");
        }

        @Override
        public Void participantAdded(CaseReviewParticipantAdded e) {
            return participant(e.userId(), e.role().name());
        }

        private Void participant(String user, String role) {
            jdbc.sql("""
                    INSERT INTO case_review_participant (case_review_id, user_id, role, added_at, sequence)
                    VALUES (:id, :user, :role, :at, :sequence)
                    ON CONFLICT (case_review_id, user_id) DO UPDATE SET role = :role, added_at = :at, removed_at = NULL,
                           sequence = :sequence WHERE case_review_participant.sequence < :sequence""")
                    .param("id", id).param("user", user).param("role", role).param("at", at)
                    .param("sequence", event.sequence()).update();
            return null;
        }

        @Override
        public Void participantRemoved(CaseReviewParticipantRemoved e) {
            jdbc.sql("""
                    UPDATE case_review_participant SET removed_at = :at, sequence = :sequence
                    WHERE case_review_id = :id AND user_id = :user AND sequence < :sequence""")
                    .param("id", id).param("user", e.userId()).param("at", at).param("sequence", event.sequence())
                    .update();
            return null;
        }

        @Override
        public Void episodeRecorded(EpisodeRecorded e) {
            jdbc.sql("""
                    INSERT INTO case_review_episode (episode_id, case_review_id, occurred_on, what_happened,
                                                     why_it_made_sense, recorded_by, recorded_at, sequence)
                    VALUES (:item, :id, :on, :what, :why, :by, :at, :sequence) ON CONFLICT (episode_id) DO NOTHING""")
                    .param("item", e.episodeId()).param("id", id).param("on", e.occurredOn())
                    .param("what", e.whatHappened()).param("why", e.whyItMadeSense()).param("by", e.recordedBy())
                    .param("at", at).param("sequence", event.sequence()).update();
            return null;
        }

        @Override
        public Void findingRecorded(FindingRecorded e) {
            jdbc.sql("""
                    INSERT INTO case_review_finding (finding_id, case_review_id, text, factors, good_practice,
                                                     recorded_by, recorded_at, sequence)
                    VALUES (:item, :id, :text, :factors, :good, :by, :at, :sequence) ON CONFLICT (finding_id) DO NOTHING""")
                    .param("item", e.findingId()).param("id", id).param("text", e.text())
                    .param("factors", e.factors().stream().map(Enum::name).toArray(String[]::new))
                    .param("good", e.goodPractice()).param("by", e.recordedBy()).param("at", at)
                    .param("sequence", event.sequence()).update();
            return null;
        }

        @Override
        public Void boardIssueRaised(BoardIssueRaised e) {
            jdbc.sql("""
                    INSERT INTO case_review_issue (issue_id, case_review_id, question, raised_by, raised_at, sequence)
                    VALUES (:item, :id, :question, :by, :at, :sequence) ON CONFLICT (issue_id) DO NOTHING""")
                    .param("item", e.issueId()).param("id", id).param("question", e.question())
                    .param("by", e.raisedBy()).param("at", at).param("sequence", event.sequence()).update();
            return null;
        }

        @Override
        public Void addendumRecorded(AddendumRecorded e) {
            if (count("""
                    SELECT (SELECT count(*) FROM case_review_episode WHERE case_review_id = :id AND episode_id = :ref)
                         + (SELECT count(*) FROM case_review_finding WHERE case_review_id = :id AND finding_id = :ref)
                         + (SELECT count(*) FROM case_review_issue WHERE case_review_id = :id AND issue_id = :ref)""",
                    id, e.refersTo()) == 0) {
                throw new RejectedEventException("AddendumRecorded refers to " + e.refersTo()
                        + ", no episode, finding or issue of case review " + id);
            }
            jdbc.sql("""
                    INSERT INTO case_review_addendum (addendum_id, case_review_id, refers_to, text, recorded_by,
                                                      recorded_at, sequence)
                    VALUES (:item, :id, :ref, :text, :by, :at, :sequence) ON CONFLICT (addendum_id) DO NOTHING""")
                    .param("item", e.addendumId()).param("id", id).param("ref", e.refersTo()).param("text", e.text())
                    .param("by", e.recordedBy()).param("at", at).param("sequence", event.sequence()).update();
            return null;
        }

        @Override
        public Void findingLinkedToExperiment(FindingLinkedToExperiment e) {
            if (count("SELECT count(*) FROM case_review_finding WHERE case_review_id = :id AND finding_id = :ref",
                    id, e.findingId()) == 0) {
                throw new RejectedEventException("FindingLinkedToExperiment of finding " + e.findingId()
                        + ", not one of case review " + id);
            }
            jdbc.sql("""
                    INSERT INTO case_review_experiment (case_review_id, finding_id, experiment_id, team_id, linked_by,
                                                        linked_at)
                    VALUES (:id, :finding, :experiment, :team, :by, :at) ON CONFLICT DO NOTHING""")
                    .param("id", id).param("finding", e.findingId()).param("experiment", e.experimentId())
                    .param("team", e.teamId()).param("by", e.linkedBy()).param("at", at).update();
            return null;
        }

        @Override
        public Void findingCitedLearning(FindingCitedLearning e) {
            if (count("SELECT count(*) FROM case_review_finding WHERE case_review_id = :id AND finding_id = :ref",
                    id, e.findingId()) == 0) {
                throw new RejectedEventException("FindingCitedLearning of finding " + e.findingId()
                        + ", not one of case review " + id);
            }
            jdbc.sql("""
                    INSERT INTO case_review_cite (case_review_id, finding_id, learning_id, cited_by, cited_at)
                    VALUES (:id, :finding, :learning, :by, :at) ON CONFLICT DO NOTHING""")
                    .param("id", id).param("finding", e.findingId()).param("learning", e.learningId())
                    .param("by", e.citedBy()).param("at", at).update();
            return null;
        }

        @Override
        public Void publicationProposed(CaseReviewPublicationProposed e) {
            jdbc.sql("""
                    INSERT INTO case_review_version (case_review_id, version, tier, snapshot, proposed_by, proposed_at)
                    VALUES (:id, :version, :tier, CAST(:snapshot AS jsonb), :by, :at) ON CONFLICT DO NOTHING""")
                    .param("id", id).param("version", e.version()).param("tier", e.tier().name())
                    .param("snapshot", Snapshots.toJson(e.snapshot())).param("by", e.proposedBy()).param("at", at)
                    .update();
            return null;
        }

        /** The approved snapshot replaces the proposed one: it is what readers of the tier get, withdrawn or not before. */
        @Override
        public Void published(CaseReviewPublished e) {
            int changed = jdbc.sql("""
                    UPDATE case_review_version SET tier = :tier, snapshot = CAST(:snapshot AS jsonb),
                           approved_by = :by, published_at = :at
                    WHERE case_review_id = :id AND version = :version AND published_at IS NULL""")
                    .param("id", id).param("version", e.version()).param("tier", e.tier().name())
                    .param("snapshot", Snapshots.toJson(e.snapshot())).param("by", e.approverId()).param("at", at)
                    .update();
            if (changed > 0) {
                // the command side lets a withdrawn review publish again: from then on it reads as published
                jdbc.sql("UPDATE case_review SET withdrawn_at = NULL, withdrawn_by = NULL, withdrawal_reason = NULL"
                        + " WHERE case_review_id = :id").param("id", id).update();
            }
            if (changed == 0 && count("SELECT count(*) FROM case_review_version WHERE case_review_id = :id"
                    + " AND version = :ref", id, e.version()) == 0) {
                throw new RejectedEventException("CaseReviewPublished of version " + e.version()
                        + " never proposed for case review " + id);
            }
            return null;
        }

        @Override
        public Void withdrawn(CaseReviewWithdrawn e) {
            jdbc.sql("""
                    UPDATE case_review SET withdrawn_at = COALESCE(withdrawn_at, :at),
                           withdrawn_by = COALESCE(withdrawn_by, :by), withdrawal_reason = COALESCE(withdrawal_reason, :reason)
                    WHERE case_review_id = :id AND erased_at IS NULL""")
                    .param("id", id).param("at", at).param("by", e.withdrawnBy()).param("reason", e.reason()).update();
            return null;
        }

        /** Every row of the review, not only the listed items: nothing of its text may outlive the key. */
        @Override
        public Void erased(CaseReviewErased e) {
            new CaseReviewErasure(jdbc).blank(id, at, e.erasure().role().name());
            return null;
        }
    }
}
