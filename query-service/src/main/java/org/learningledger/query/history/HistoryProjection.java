package org.learningledger.query.history;

import java.util.List;
import org.learningledger.events.LedgerJson;
import org.learningledger.query.intake.ArrayRows;
import org.learningledger.query.intake.BatchProjection;
import org.learningledger.query.intake.LedgerEvent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends one {@code history_event} row per learning or experiment event, a batch's rows with one
 * statement. A batch in which another projection refuses an event is applied record by record, so
 * a refused event gets no row. Keyed by (aggregate, sequence), so a replay into the same tables
 * inserts nothing twice.
 */
@Component
@Order(20)
class HistoryProjection implements BatchProjection {

    // Rows in event order, so position keeps it.
    private static final String INSERT = """
            INSERT INTO history_event (aggregate_id, sequence, kind, learning_id, team_id, region_id, tier, version,
                title, validates, result, steward_id, steward_region_id, note, content, occurred_at)
            SELECT * FROM %s
            ON CONFLICT (aggregate_id, sequence) DO NOTHING""";
    private static final String[] COLUMN_TYPES = {"uuid", "bigint", "text", "uuid", "uuid", "uuid", "text", "integer",
        "text", "uuid", "text", "text", "uuid", "text", "jsonb", "timestamptz"};

    private final JdbcTemplate jdbc;

    HistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void applyAll(List<LedgerEvent> events) {
        ArrayRows rows = new ArrayRows(COLUMN_TYPES);
        for (LedgerEvent event : events) {
            HistoryFacts.of(event.payload()).ifPresent(fact -> rows.add(event.aggregateId(), event.sequence(),
                    fact.kind(), fact.learningId(), fact.teamId(), fact.regionId(), fact.tier(), fact.version(),
                    fact.title(), fact.validates(), fact.result(), fact.stewardId(), fact.stewardRegionId(),
                    fact.note(), LedgerJson.mapper().writeValueAsString(fact.content()), event.occurredAt()));
        }
        rows.insert(jdbc, INSERT);
    }
}
