package org.learningledger.query.history;

import java.time.ZoneOffset;
import org.learningledger.events.LedgerJson;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.Projection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends one {@code history_event} row per learning or experiment event. Runs after the learning and
 * feed projections, which refuse events they cannot apply; keyed by (aggregate, sequence), so a
 * replay into the same tables inserts nothing twice.
 */
@Component
@Order(20)
class HistoryProjection implements Projection {

    private final JdbcClient jdbc;

    HistoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(LedgerEvent event) {
        HistoryFacts.of(event.payload()).ifPresent(fact -> jdbc.sql("""
                INSERT INTO history_event (aggregate_id, sequence, kind, learning_id, team_id, region_id, tier, version,
                    title, validates, result, steward_id, steward_region_id, note, content, occurred_at)
                VALUES (:aggregate, :sequence, :kind, :learning, :team, :region, :tier, :version, :title, :validates,
                    :result, :steward, :stewardRegion, :note, CAST(:content AS jsonb), :at)
                ON CONFLICT (aggregate_id, sequence) DO NOTHING""")
                .param("aggregate", event.aggregateId()).param("sequence", event.sequence())
                .param("kind", fact.kind()).param("learning", fact.learningId()).param("team", fact.teamId())
                .param("region", fact.regionId()).param("tier", fact.tier()).param("version", fact.version())
                .param("title", fact.title()).param("validates", fact.validates()).param("result", fact.result())
                .param("steward", fact.stewardId()).param("stewardRegion", fact.stewardRegionId())
                .param("note", fact.note()).param("content", LedgerJson.mapper().writeValueAsString(fact.content()))
                .param("at", event.occurredAt().atOffset(ZoneOffset.UTC)).update());
    }
}
