package org.learningledger.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the tests read straight from the query database. */
final class ReadModelDatabase {

    private final JdbcClient jdbc;

    ReadModelDatabase(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until the stored positions have passed every given record. */
    void awaitConsumed(List<RecordMetadata> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        records.forEach(r -> next.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
        awaitConsumed(next);
    }

    void awaitConsumed(Map<TopicPartition, Long> next) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> next.forEach((tp, offset) -> assertThat(
                jdbc.sql("SELECT next_offset FROM consumer_position WHERE topic = :t AND partition = :p")
                        .param("t", tp.topic()).param("p", tp.partition()).query(Long.class).optional().orElse(-1L))
                .as("position of %s", tp).isGreaterThanOrEqualTo(offset)));
    }

    /** Every row of the read model and of the intake's bookkeeping, except the moving positions. */
    String checksum() {
        return jdbc.sql("""
                SELECT md5(string_agg(row, E'\\n' ORDER BY row)) FROM (
                  SELECT 'e' || e::text AS row FROM experiment e
                  UNION ALL SELECT 'o' || o::text FROM observation o
                  UNION ALL SELECT 'oc' || o::text FROM observation_correction o
                  UNION ALL SELECT 'r' || r::text FROM region r
                  UNION ALL SELECT 't' || t::text FROM team t
                  UNION ALL SELECT 'm' || m::text FROM team_member m
                  UNION ALL SELECT 's' || s::text FROM steward s
                  UNION ALL SELECT 'n' || n::text FROM analyst n
                  UNION ALL SELECT 'w' || w::text FROM reviewer w
                  UNION ALL SELECT 'c' || c::text FROM report c
                  UNION ALL SELECT 'ca' || c::text FROM report_addition c
                  UNION ALL SELECT 'cr' || c::text FROM report_reply c
                  UNION ALL SELECT 'ct' || c::text FROM report_triage c
                  UNION ALL SELECT 'cl' || c::text FROM lesson c
                  UNION ALL SELECT 'l' || l::text FROM learning l
                  UNION ALL SELECT 'v' || v::text FROM learning_version v
                  UNION ALL SELECT 'x' || x::text FROM learning_endorsement x
                  UNION ALL SELECT 'i' || i::text FROM learning_invitation i
                  UNION ALL SELECT 'f' || f::text FROM feed_entry f
                  UNION ALL SELECT 'a' || a::text FROM applied_sequence a
                  UNION ALL SELECT 'd' || concat_ws('|', topic, partition, record_offset, key, md5(value), reason)
                            FROM dead_letter) rows""").query(String.class).single();
    }

    /** The tables (of any schema, retired ones included) with a row that holds one of these texts, and the text. */
    List<String> tablesHolding(java.util.Collection<String> texts) {
        List<String> found = new java.util.ArrayList<>();
        if (texts.isEmpty()) {
            return found;
        }
        List<String> tables = jdbc.sql("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")
                .query(String.class).list();
        for (String table : tables) {
            for (String text : texts) {
                if (jdbc.sql("SELECT count(*) FROM " + table + " x WHERE strpos(to_jsonb(x)::text, :text) > 0")
                        .param("text", text).query(Long.class).single() > 0) {
                    found.add(table + " holds erased text '" + text + "'");
                }
            }
        }
        return found;
    }

    String deadLetterReason(RecordMetadata record) {
        return jdbc.sql("SELECT reason FROM dead_letter WHERE topic = :t AND partition = :p AND record_offset = :o")
                .param("t", record.topic()).param("p", record.partition()).param("o", record.offset())
                .query(String.class).optional().orElse(null);
    }

    /** The dead letter's value, null once purged; fails when there is no such dead letter. */
    byte[] deadLetterValue(RecordMetadata record) {
        List<byte[]> values = jdbc.sql("SELECT value FROM dead_letter WHERE topic = :t AND partition = :p AND record_offset = :o")
                .param("t", record.topic()).param("p", record.partition()).param("o", record.offset())
                .query((rs, n) -> rs.getBytes(1)).list();
        if (values.size() != 1) {
            throw new AssertionError("no dead letter at " + record);
        }
        return values.get(0);
    }

    void forgetPositions() {
        jdbc.sql("DELETE FROM consumer_position").update();
    }

    int backendsWaitingForLocks() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                .query(Integer.class).single();
    }

    void terminateBackendsWaitingForLocks() {
        jdbc.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                .query().listOfRows();
    }
}
