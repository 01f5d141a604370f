package org.learningledger.query.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The next offset to read per topic-partition, committed with the read model it produced. This,
 * not Kafka's committed offsets, is where the intake resumes.
 */
@Component
class ConsumerPositions {

    private final JdbcClient jdbc;

    ConsumerPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<TopicPartition, Long> read(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        jdbc.sql("SELECT topic, partition, next_offset FROM consumer_position").query(rs -> {
            TopicPartition tp = new TopicPartition(rs.getString("topic"), rs.getInt("partition"));
            if (partitions.contains(tp)) {
                positions.put(tp, rs.getLong("next_offset"));
            }
        });
        return positions;
    }

    /** Moves positions forward only, so a rewound consumer replaying old records moves nothing. */
    void advance(Map<TopicPartition, Long> nextOffsets) {
        Timestamp now = Timestamp.from(Instant.now());
        nextOffsets.forEach((tp, next) -> jdbc.sql("""
                INSERT INTO consumer_position (topic, partition, next_offset, updated_at)
                VALUES (:topic, :partition, :next, :now)
                ON CONFLICT (topic, partition) DO UPDATE
                SET next_offset = EXCLUDED.next_offset, updated_at = EXCLUDED.updated_at
                WHERE consumer_position.next_offset < EXCLUDED.next_offset""")
                .param("topic", tp.topic()).param("partition", tp.partition())
                .param("next", next).param("now", now).update());
    }
}
