package org.learningledger.query.rebuild;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a rebuild: shadow schemas, checksums, the switch. Schema names are generated, never user input. */
@Component
class ReadModelSchemas {

    static final String LIVE = "public";
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /**
     * Columns left out of the checksum: serial/identity ids (they follow the order partitions were
     * interleaved in) and the wall-clock bookkeeping times. Serial and identity columns are also
     * found generically, so a later migration's ids need no entry here.
     */
    private static final Set<String> VOLATILE_COLUMNS = Set.of("dead_letter.received_at", "consumer_position.updated_at",
            "feed_entry.id", "history_event.position", "dead_letter.id", "stopped_aggregate.stopped_at");

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ReadModelSchemas(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A fresh schema holding the read model's tables, migrated as the live one was. */
    void create(String schema) {
        jdbc.sql("CREATE SCHEMA " + schema).update();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/query")
                .schemas(schema).defaultSchema(schema).createSchemas(false).load().migrate();
    }

    void drop(String schema) {
        jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
    }

    /** The schemas whose names start with {@code prefix} (a rebuild's shadows and retired tables are named so). */
    List<String> named(String prefix) {
        return jdbc.sql("SELECT nspname FROM pg_namespace WHERE starts_with(nspname, :prefix) ORDER BY nspname")
                .param("prefix", prefix).query(String.class).list();
    }

    /** Within the current transaction only: unqualified table names now mean the schema's. */
    void useInTransaction(String schema) {
        jdbc.sql("SELECT set_config('search_path', :schema, true)").param("schema", schema).query().singleValue();
    }

    List<String> tables(String schema) {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = :s AND table_type = 'BASE TABLE' ORDER BY table_name")
                .param("s", schema).query(String.class).list();
    }

    Map<TopicPartition, Long> positions(String schema) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        jdbc.sql("SELECT topic, partition, next_offset FROM " + schema + ".consumer_position").query(rs -> {
            positions.put(new TopicPartition(rs.getString("topic"), rs.getInt("partition")), rs.getLong("next_offset"));
        });
        return positions;
    }

    /**
     * md5 over every row of every read-model and bookkeeping table of the schema (positions
     * included), as canonical JSON without the volatile columns.
     */
    String checksum(String schema) {
        return jdbc.sql("SELECT md5(coalesce(string_agg(row, E'\\n' ORDER BY row), '')) FROM (" + rows(schema) + ") rows")
                .query(String.class).single();
    }

    /** The same md5, per table: which tables differ when the checksums do. */
    Map<String, String> tableChecksums(String schema) {
        Map<String, String> sums = new HashMap<>();
        jdbc.sql("SELECT split_part(row, ':', 1), md5(string_agg(row, E'\\n' ORDER BY row)) FROM (" + rows(schema)
                + ") rows GROUP BY 1").query(rs -> {
                    sums.put(rs.getString(1), rs.getString(2));
                });
        return sums;
    }

    /** Every row of the schema's tables as {@code table:json}, without the volatile columns. */
    private String rows(String schema) {
        Map<String, List<String>> left = new HashMap<>();
        jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = :s AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')""")
                .param("s", schema).query(rs -> {
                    left.computeIfAbsent(rs.getString(1), t -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        VOLATILE_COLUMNS.forEach(c -> left.computeIfAbsent(c.substring(0, c.indexOf('.')), t -> new java.util.ArrayList<>())
                .add(c.substring(c.indexOf('.') + 1)));
        return tables(schema).stream().filter(t -> !t.equals(FLYWAY_HISTORY)).map(t -> {
            String without = left.getOrDefault(t, List.of()).stream().distinct().map(c -> "'" + c + "'")
                    .collect(Collectors.joining(",", "ARRAY[", "]::text[]"));
            return "SELECT '" + t + ":' || (to_jsonb(x) - " + without + ")::text AS row FROM " + schema + "." + t + " x";
        }).collect(Collectors.joining("\nUNION ALL "));
    }

    /** Keeps the live intake out while the shadow catches up; readers go on. Fails after the lock timeout. */
    void lockLive(List<String> tables, String mode) {
        jdbc.sql("SET LOCAL lock_timeout = '2s'").update();
        jdbc.sql("LOCK TABLE " + tables.stream().map(t -> LIVE + "." + t).collect(Collectors.joining(", "))
                + " IN " + mode + " MODE").update();
    }

    /**
     * The live dead letters' dates and purges onto the shadow's rows of the same records: a rebuild
     * replays them with their payloads and a fresh {@code received_at}, and must neither bring a
     * purged payload back nor restart the clock of one still kept (DESIGN principle 8).
     */
    void carryOverDeadLetters(String shadow) {
        jdbc.sql("""
                UPDATE %s.dead_letter s SET received_at = l.received_at, payload_purged_at = l.payload_purged_at,
                       event_type = l.event_type, value = CASE WHEN l.payload_purged_at IS NULL THEN s.value END
                FROM %s.dead_letter l
                WHERE l.topic = s.topic AND l.partition = s.partition AND l.record_offset = s.record_offset"""
                .formatted(shadow, LIVE)).update();
    }

    /** Live tables into the retired schema, the shadow's into {@code public}, Flyway's history with them. */
    void swap(String shadow, String retired) {
        List<String> shadowTables = tables(shadow);
        Set<String> live = Set.copyOf(tables(LIVE));
        jdbc.sql("CREATE SCHEMA " + retired).update();
        for (String t : shadowTables) {
            if (live.contains(t)) {
                jdbc.sql("ALTER TABLE " + LIVE + "." + t + " SET SCHEMA " + retired).update();
            }
        }
        for (String t : shadowTables) {
            jdbc.sql("ALTER TABLE " + shadow + "." + t + " SET SCHEMA " + LIVE).update();
        }
        jdbc.sql("DROP SCHEMA " + shadow).update();
    }
}
