package org.learningledger.query.figures;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.learningledger.events.report.ReportKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the read model's confidential reports per region and kind, and nothing finer: the report table
 * names no reporter, team or reviewer, and no date is grouped by. A report whose aggregate the intake stopped
 * is left out (fail closed: outsiders get nothing of it, not even a count).
 */
@Component
class FigureCounts {

    /** A region and a kind: one cell. */
    record Key(UUID regionId, ReportKind kind) {
    }

    private final JdbcClient jdbc;

    FigureCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The regions that could have cells: every registered region and any with reports already. */
    List<UUID> regions() {
        return jdbc.sql("""
                SELECT id FROM region UNION SELECT region_id FROM report ORDER BY 1""").query(UUID.class).list();
    }

    /** The count of each cell that has reports; a cell absent here has none. */
    Map<Key, Long> counts() {
        return jdbc.sql("""
                SELECT r.region_id, r.kind, count(*) AS reports FROM report r
                WHERE NOT EXISTS (SELECT 1 FROM stopped_aggregate s WHERE s.aggregate_id = r.report_id)
                GROUP BY r.region_id, r.kind""")
                .query((rs, n) -> Map.entry(new Key(rs.getObject("region_id", UUID.class),
                        ReportKind.valueOf(rs.getString("kind"))), rs.getLong("reports")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
