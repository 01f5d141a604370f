package org.learningledger.query.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A batch's writes to rows kept per aggregate, whose order matters only within one aggregate.
 * {@link #run} sends them in rounds, the n-th write of every aggregate together, one JDBC batch per
 * statement: a few round trips for a batch of events about many aggregates, instead of one per
 * event, and each aggregate's writes still in event order.
 */
public final class AggregateWrites {

    /** One statement about the aggregate of {@code event}. */
    public record Write(LedgerEvent event, String sql, Map<String, ?> params) {
    }

    private final Map<UUID, List<Write>> byAggregate = new LinkedHashMap<>();

    public void add(LedgerEvent event, String sql, Map<String, ?> params) {
        writes(event).add(new Write(event, sql, params));
    }

    /**
     * Adds a write that makes the same statement right before it (same aggregate) redundant, as
     * when both only move a version forward: it replaces that one.
     */
    public void addSuperseding(LedgerEvent event, String sql, Map<String, ?> params) {
        List<Write> writes = writes(event);
        if (!writes.isEmpty() && writes.get(writes.size() - 1).sql().equals(sql)) {
            writes.remove(writes.size() - 1);
        }
        writes.add(new Write(event, sql, params));
    }

    /**
     * Runs the writes. After each round, gives {@code changedNothing} the round's writes that
     * changed no row (if any), so it can refuse them before later rounds run.
     */
    public void run(NamedParameterJdbcTemplate jdbc, Consumer<List<Write>> changedNothing) {
        for (int round = 0; ; round++) {
            Map<String, List<Write>> bySql = new LinkedHashMap<>();
            for (List<Write> writes : byAggregate.values()) {
                if (round < writes.size()) {
                    bySql.computeIfAbsent(writes.get(round).sql(), sql -> new ArrayList<>()).add(writes.get(round));
                }
            }
            if (bySql.isEmpty()) {
                return;
            }
            List<Write> unchanged = new ArrayList<>();
            bySql.forEach((sql, writes) -> {
                int[] counts = jdbc.batchUpdate(sql, writes.stream()
                        .map(write -> new MapSqlParameterSource(write.params())).toArray(SqlParameterSource[]::new));
                // 0 is "no row"; a driver that rewrites batched inserts answers SUCCESS_NO_INFO (-2).
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        unchanged.add(writes.get(i));
                    }
                }
            });
            if (!unchanged.isEmpty()) {
                changedNothing.accept(unchanged);
            }
        }
    }

    private List<Write> writes(LedgerEvent event) {
        return byAggregate.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>());
    }
}
