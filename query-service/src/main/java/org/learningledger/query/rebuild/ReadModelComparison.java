package org.learningledger.query.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What differs between the live read models and a rebuilt shadow, said so that an operator can act
 * on it: the aggregates whose last applied sequence differs (from the intake's bookkeeping) and the
 * tables whose rows differ. Empty means the rebuild may replace the live models.
 */
@Component
class ReadModelComparison {

    /** Enough to see the pattern; the count says how many there are in all. */
    private static final int SHOWN = 20;

    private final JdbcClient jdbc;
    private final ReadModelSchemas schemas;

    ReadModelComparison(JdbcClient jdbc, ReadModelSchemas schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    /** The checksums, and every difference found; call inside the switch's transaction, live tables locked. */
    Result compare(String shadow) {
        String live = schemas.checksum(ReadModelSchemas.LIVE);
        String rebuilt = schemas.checksum(shadow);
        List<String> differences = new ArrayList<>(sequences(shadow));
        if (!live.equals(rebuilt)) {
            Map<String, String> liveTables = schemas.tableChecksums(ReadModelSchemas.LIVE);
            Map<String, String> rebuiltTables = schemas.tableChecksums(shadow);
            TreeSet<String> tables = new TreeSet<>(liveTables.keySet());
            tables.addAll(rebuiltTables.keySet());
            for (String table : tables) {
                if (!Objects.equals(liveTables.get(table), rebuiltTables.get(table))) {
                    differences.add("table " + table + ": rows differ (live " + liveTables.get(table)
                            + ", rebuilt " + rebuiltTables.get(table) + ")");
                }
            }
            if (differences.isEmpty()) {
                differences.add("checksums differ (live " + live + ", rebuilt " + rebuilt + ")");
            }
        }
        return new Result(live, rebuilt, List.copyOf(differences));
    }

    /** Aggregates whose last applied sequence is not the same in both (or is missing from one). */
    private List<String> sequences(String shadow) {
        String differing = """
                FROM %s.applied_sequence l FULL JOIN %s.applied_sequence s ON s.aggregate_id = l.aggregate_id
                WHERE l.last_sequence IS DISTINCT FROM s.last_sequence""".formatted(ReadModelSchemas.LIVE, shadow);
        long count = jdbc.sql("SELECT count(*) " + differing).query(Long.class).single();
        if (count == 0) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        found.add(count + " aggregates have a different last applied sequence");
        found.addAll(jdbc.sql("SELECT coalesce(l.aggregate_id, s.aggregate_id) AS id, l.last_sequence AS live,"
                + " s.last_sequence AS rebuilt " + differing + " ORDER BY 1 LIMIT " + SHOWN)
                .query((rs, row) -> "aggregate " + rs.getObject("id") + ": last sequence live "
                        + rs.getObject("live") + ", rebuilt " + rs.getObject("rebuilt")).list());
        return found;
    }

    /** Both checksums and what differs. */
    record Result(String liveChecksum, String rebuiltChecksum, List<String> differences) {

        boolean agrees() {
            return differences.isEmpty();
        }
    }
}
