package org.learningledger.query.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last applied sequence number of each aggregate: how the intake drops copies of events and
 * refuses an event that comes after a gap (which then stops its aggregate).
 */
@Component
class AppliedSequences {

    // The conditional upsert is the guard: a last sequence only moves forward.
    private static final String UPSERT = """
            INSERT INTO applied_sequence (aggregate_id, last_sequence) %s
            ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence
            WHERE applied_sequence.last_sequence < EXCLUDED.last_sequence""";

    private final JdbcClient jdbc;

    AppliedSequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last applied sequence of the aggregate; null before its first event. */
    Long last(UUID aggregateId) {
        return jdbc.sql("SELECT last_sequence FROM applied_sequence WHERE aggregate_id = :id")
                .param("id", aggregateId).query(Long.class).optional().orElse(null);
    }

    /**
     * Records the event as applied; false when it (or a later one) was applied before.
     *
     * @throws SequenceGapException when events before it are missing: it must not be applied on a hole
     */
    boolean claim(UUID aggregateId, long sequence) {
        Long last = last(aggregateId);
        if (SequenceCheck.isDuplicate(last, sequence)) {
            return false;
        }
        if (SequenceCheck.isGap(last, sequence)) {
            throw new SequenceGapException(aggregateId, last, sequence);
        }
        int changed = jdbc.sql(UPSERT.formatted("VALUES (:id, :sequence)"))
                .param("id", aggregateId).param("sequence", sequence).update();
        return changed == 1;
    }

    /**
     * Records a batch's events as applied and returns the new ones, in order: one read and one
     * write for the whole batch. Arrays, not a JDBC batch, so the write returns which aggregates
     * the guard let through, whatever the driver settings.
     */
    List<LedgerEvent> claimAll(List<LedgerEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        UUID[] ids = events.stream().map(LedgerEvent::aggregateId).distinct().toArray(UUID[]::new);
        Map<UUID, Long> last = new HashMap<>();
        jdbc.sql("SELECT aggregate_id, last_sequence FROM applied_sequence WHERE aggregate_id = ANY(:ids)")
                .param("ids", array("uuid", ids)).query(rs -> {
                    last.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        BatchClaim claim = BatchClaim.of(events, last);
        if (!claim.gaps().isEmpty()) {
            // Record by record stops the aggregate at its gap, and applies the others.
            BatchClaim.Gap gap = claim.gaps().get(0);
            throw new SequenceGapException(gap.aggregateId(), gap.last(), gap.sequence());
        }
        if (!claim.lastSequences().isEmpty()) {
            // keySet() and values() of one map iterate in the same order.
            int moved = jdbc.sql(UPSERT.formatted("SELECT * FROM unnest(:ids, :sequences)") + " RETURNING aggregate_id")
                    .param("ids", array("uuid", claim.lastSequences().keySet().toArray()))
                    .param("sequences", array("bigint", claim.lastSequences().values().toArray()))
                    .query(UUID.class).list().size();
            if (moved != claim.lastSequences().size()) {
                // Only a concurrent writer of the same aggregates gets here; record by record sorts it out.
                throw new IllegalStateException("applied_sequence moved on under the batch for "
                        + (claim.lastSequences().size() - moved) + " aggregates");
            }
        }
        return claim.fresh();
    }

    /** A PostgreSQL array parameter, typed, so the statement needs no cast. */
    private static SqlTypeValue array(String type, Object[] elements) {
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf(type, elements);
            }
        };
    }
}
