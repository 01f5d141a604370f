package org.learningledger.query.organisation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.learningledger.events.organisation.AnalystAppointed;
import org.learningledger.events.organisation.AnalystRemoved;
import org.learningledger.events.organisation.MemberAdded;
import org.learningledger.events.organisation.MemberRemoved;
import org.learningledger.events.organisation.OrganisationEvent;
import org.learningledger.events.organisation.RegionRegistered;
import org.learningledger.events.organisation.ReviewerAppointed;
import org.learningledger.events.organisation.ReviewerRemoved;
import org.learningledger.events.organisation.StewardAppointed;
import org.learningledger.events.organisation.StewardRemoved;
import org.learningledger.events.organisation.TeamRegistered;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.Projection;
import org.learningledger.query.intake.RejectedEventException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps regions, teams, current memberships, stewards, reviewers and analysts. Idempotent on its own, like the
 * experiment projection: registrations ignore existing rows, and membership, steward and reviewer changes
 * apply only if they move the team's or region's {@code version} forward, so an old MemberAdded
 * replayed after MemberRemoved cannot bring a removed member back. An analyst's appointment has no
 * version of its own: the intake's per-aggregate sequence check already drops a replayed copy.
 * A removal takes the role away from the next request and the next feed rights check.
 */
@Component
class OrganisationProjection implements Projection {

    private final JdbcClient jdbc;

    OrganisationProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(LedgerEvent event) {
        Object payload = event.payload();
        if (!OrganisationEventChecks.isOrganisationEvent(payload)) {
            return;
        }
        String type = payload.getClass().getSimpleName();
        List<String> missing = OrganisationEventChecks.missingFields(payload);
        if (!missing.isEmpty()) {
            throw new RejectedEventException(type + " lacks required fields " + missing);
        }
        UUID id = OrganisationEventChecks.aggregateId(payload);
        if (!id.equals(event.aggregateId())) {
            throw new RejectedEventException(type + " is about " + id + " but travels as aggregate " + event.aggregateId());
        }
        ((OrganisationEvent) payload).handle(new Writes(event, id, event.occurredAt().atOffset(ZoneOffset.UTC)));
    }

    /** One event's writes: the exhaustive switch over the organisation's events. */
    private final class Writes implements OrganisationEvent.Handler<Void> {

        private final LedgerEvent event;
        private final UUID id;
        private final OffsetDateTime at;

        Writes(LedgerEvent event, UUID id, OffsetDateTime at) {
            this.event = event;
            this.id = id;
            this.at = at;
        }

        @Override
        public Void regionRegistered(RegionRegistered e) {
            jdbc.sql("""
                    INSERT INTO region (id, name, version, registered_at) VALUES (:id, :name, :version, :at)
                    ON CONFLICT (id) DO NOTHING""")
                    .param("id", id).param("name", e.name()).param("version", event.sequence()).param("at", at)
                    .update();
            return null;
        }

        @Override
        public Void teamRegistered(TeamRegistered e) {
            jdbc.sql("""
                    INSERT INTO team (id, region_id, name, focus, version, registered_at)
                    VALUES (:id, :region, :name, :focus, :version, :at) ON CONFLICT (id) DO NOTHING""")
                    .param("id", id).param("region", e.regionId()).param("name", e.name()).param("focus", e.focus())
                    .param("version", event.sequence()).param("at", at).update();
            return null;
        }

        @Override
        public Void memberAdded(MemberAdded e) {
            if (advance("team", event)) {
                jdbc.sql("INSERT INTO team_member (team_id, user_id, since) VALUES (:team, :user, :at) ON CONFLICT DO NOTHING")
                        .param("team", id).param("user", e.userId()).param("at", at).update();
            }
            return null;
        }

        @Override
        public Void memberRemoved(MemberRemoved e) {
            if (advance("team", event)) {
                jdbc.sql("DELETE FROM team_member WHERE team_id = :team AND user_id = :user")
                        .param("team", id).param("user", e.userId()).update();
            }
            return null;
        }

        @Override
        public Void stewardAppointed(StewardAppointed e) {
            if (advance("region", event)) {
                jdbc.sql("""
                        INSERT INTO steward (region_id, user_id, appointed_at) VALUES (:region, :user, :at)
                        ON CONFLICT DO NOTHING""").param("region", id).param("user", e.userId()).param("at", at).update();
            }
            return null;
        }

        @Override
        public Void analystAppointed(AnalystAppointed e) {
            jdbc.sql("""
                    INSERT INTO analyst (user_id, appointment_id, appointed_at) VALUES (:user, :appointment, :at)
                    ON CONFLICT DO NOTHING""").param("user", e.userId()).param("appointment", id).param("at", at)
                    .update();
            return null;
        }

        @Override
        public Void stewardRemoved(StewardRemoved e) {
            if (advance("region", event)) {
                jdbc.sql("DELETE FROM steward WHERE region_id = :region AND user_id = :user")
                        .param("region", id).param("user", e.userId()).update();
            }
            return null;
        }

        @Override
        public Void analystRemoved(AnalystRemoved e) {
            jdbc.sql("DELETE FROM analyst WHERE user_id = :user AND appointment_id = :appointment")
                    .param("user", e.userId()).param("appointment", id).update();
            return null;
        }

        @Override
        public Void reviewerAppointed(ReviewerAppointed e) {
            if (advance("region", event)) {
                jdbc.sql("""
                        INSERT INTO reviewer (region_id, user_id, appointed_at) VALUES (:region, :user, :at)
                        ON CONFLICT DO NOTHING""").param("region", id).param("user", e.userId()).param("at", at).update();
            }
            return null;
        }

        @Override
        public Void reviewerRemoved(ReviewerRemoved e) {
            if (advance("region", event)) {
                jdbc.sql("DELETE FROM reviewer WHERE region_id = :region AND user_id = :user")
                        .param("region", id).param("user", e.userId()).update();
            }
            return null;
        }
    }

    /** Moves the region's or team's version to this event's; false for a stale copy. It must exist. */
    private boolean advance(String table, LedgerEvent event) {
        int changed = jdbc.sql("UPDATE " + table + " SET version = :version WHERE id = :id AND version < :version")
                .param("id", event.aggregateId()).param("version", event.sequence()).update();
        if (changed == 0 && jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = :id")
                .param("id", event.aggregateId()).query(Long.class).single() == 0) {
            throw new RejectedEventException(event.envelope().type() + " for unknown " + table + " " + event.aggregateId());
        }
        return changed == 1;
    }
}
