package org.learningledger.query.challenge;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.learningledger.events.challenge.ChallengeAnswered;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.challenge.ChallengeEvent;
import org.learningledger.events.challenge.ChallengeOutcomeReviewed;
import org.learningledger.events.challenge.ChallengeRaised;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.Projection;
import org.learningledger.query.intake.RejectedEventException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code challenge}: raised, its latest answer (the first one's date ends the days unanswered), its
 * outcome review, its erasure. Idempotent: the raise ignores an existing row, an answer or review applies
 * only if newer than the row's {@code version}. An event of a challenge never raised in its region, and an
 * outcome review before any answer, are refused: the challenge's aggregate stops.
 */
@Component
class ChallengeProjection implements Projection {

    private final JdbcClient jdbc;

    ChallengeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(LedgerEvent event) {
        if (!(event.payload() instanceof ChallengeEvent payload)) {
            return;
        }
        String type = payload.getClass().getSimpleName();
        RejectedEventException.unlessWellFormed(event, type, ChallengeEventChecks.missingFields(event),
                () -> ChallengeEventChecks.aggregateId(payload));
        UUID id = ChallengeEventChecks.aggregateId(payload);
        if (!(payload instanceof ChallengeRaised) && jdbc.sql("SELECT count(*) FROM challenge WHERE challenge_id = :id"
                + " AND region_id = :region").param("id", id).param("region", payload.regionId())
                .query(Long.class).single() == 0) {
            throw new RejectedEventException(type + " for challenge " + id + " never raised in region "
                    + payload.regionId());
        }
        payload.handle(new Writes(event.sequence(), id, event.occurredAt().atOffset(ZoneOffset.UTC)));
    }

    /** One event's writes: the exhaustive switch over a challenge's events. */
    private final class Writes implements ChallengeEvent.Handler<Void> {

        private final long sequence;
        private final UUID id;
        private final OffsetDateTime at;

        Writes(long sequence, UUID id, OffsetDateTime at) {
            this.sequence = sequence;
            this.id = id;
            this.at = at;
        }

        @Override
        public Void challengeRaised(ChallengeRaised e) {
            jdbc.sql("""
                    INSERT INTO challenge (challenge_id, region_id, team_id, raised_by, tier, target, perverse_effect,
                                           evidence, raised_at, version)
                    VALUES (:id, :region, :team, :by, :tier, :target, :effect, :evidence, :at, :sequence)
                    ON CONFLICT (challenge_id) DO NOTHING""")
                    .param("id", id).param("region", e.regionId()).param("team", e.teamId()).param("by", e.raisedBy())
                    .param("tier", e.tier().name()).param("target", e.target()).param("effect", e.perverseEffect())
                    .param("evidence", e.evidence().toArray(UUID[]::new)).param("at", at).param("sequence", sequence)
                    .update();
            return null;
        }

        @Override
        public Void challengeAnswered(ChallengeAnswered e) {
            jdbc.sql("""
                    UPDATE challenge SET answer = :answer, rationale = :rationale, outcome_review_on = :on,
                           answered_by = :by, answered_at = :at, first_answered_at = COALESCE(first_answered_at, :at),
                           version = :sequence
                    WHERE challenge_id = :id AND version < :sequence""")
                    .param("id", id).param("answer", e.answer().name()).param("rationale", e.rationale())
                    .param("on", e.outcomeReviewOn()).param("by", e.answeredBy()).param("at", at)
                    .param("sequence", sequence).update();
            return null;
        }

        @Override
        public Void outcomeReviewed(ChallengeOutcomeReviewed e) {
            if (jdbc.sql("SELECT count(*) FROM challenge WHERE challenge_id = :id AND answer IS NOT NULL")
                    .param("id", id).query(Long.class).single() == 0) {
                throw new RejectedEventException("ChallengeOutcomeReviewed of challenge " + id + " never answered");
            }
            jdbc.sql("""
                    UPDATE challenge SET outcome = :outcome, outcome_reviewed_by = :by, outcome_reviewed_at = :at,
                           version = :sequence
                    WHERE challenge_id = :id AND version < :sequence""")
                    .param("id", id).param("outcome", e.outcome()).param("by", e.reviewedBy()).param("at", at)
                    .param("sequence", sequence).update();
            return null;
        }

        @Override
        public Void challengeErased(ChallengeErased e) {
            jdbc.sql("""
                    UPDATE challenge SET target = NULL, perverse_effect = NULL, rationale = NULL, outcome = NULL,
                           erased_at = COALESCE(erased_at, :at), erasure_role = COALESCE(erasure_role, :role)
                    WHERE challenge_id = :id""")
                    .param("id", id).param("at", at).param("role", e.erasure().role().name()).update();
            return null;
        }
    }
}
