package org.learningledger.query.intake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The aggregates the intake stopped (fail closed, DESIGN principle 10): one of their records could
 * not be read or applied, or came after a gap, so none of their later events is applied until a
 * retry. The read paths hide them by this table ({@code stopped_aggregate}) in their SQL.
 */
@Component
public class StoppedAggregates {

    /** A stop as an operator sees it: ids, sequence and reason, never content. */
    public record Stop(UUID aggregateId, Long sequence, String reason, Instant stoppedAt) {
    }

    private final JdbcClient jdbc;

    StoppedAggregates(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("ledger.intake.stopped.aggregates", this, StoppedAggregates::count)
                .description("Aggregates whose events the intake stopped applying (see GET /api/admin/dead-letters)")
                .register(registry);
    }

    /** The stopped ones among these ids, with the sequence each stopped at (null if unknown). */
    Map<UUID, Long> among(Collection<UUID> ids) {
        Map<UUID, Long> stopped = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT aggregate_id, sequence FROM stopped_aggregate WHERE aggregate_id IN (:ids)")
                    .param("ids", ids).query(rs -> {
                        stopped.put(rs.getObject(1, UUID.class), (Long) rs.getObject(2));
                    });
        }
        return stopped;
    }

    void stop(UUID aggregateId, Long sequence, String reason) {
        jdbc.sql("""
                INSERT INTO stopped_aggregate (aggregate_id, sequence, reason, stopped_at) VALUES (:id, :seq, :reason, now())
                ON CONFLICT (aggregate_id) DO NOTHING""")
                .param("id", aggregateId).param("seq", sequence).param("reason", reason).update();
    }

    boolean resume(UUID aggregateId) {
        return jdbc.sql("DELETE FROM stopped_aggregate WHERE aggregate_id = :id").param("id", aggregateId).update() == 1;
    }

    public List<Stop> all() {
        return jdbc.sql("SELECT * FROM stopped_aggregate ORDER BY stopped_at, aggregate_id")
                .query((rs, n) -> new Stop(rs.getObject("aggregate_id", UUID.class), (Long) rs.getObject("sequence"),
                        rs.getString("reason"), rs.getObject("stopped_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<String> reasonOf(UUID aggregateId) {
        return jdbc.sql("SELECT reason FROM stopped_aggregate WHERE aggregate_id = :id").param("id", aggregateId)
                .query(String.class).optional();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM stopped_aggregate").query(Long.class).single();
    }
}
