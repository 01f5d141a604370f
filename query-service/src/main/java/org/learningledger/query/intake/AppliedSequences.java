package org.learningledger.query.intake;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The last applied sequence number of each aggregate: how the intake drops copies of events. */
@Component
class AppliedSequences {

    private static final Logger log = LoggerFactory.getLogger(AppliedSequences.class);

    private final JdbcClient jdbc;

    AppliedSequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event as applied; false when it (or a later one) was applied before. */
    boolean claim(UUID aggregateId, long sequence) {
        Long last = jdbc.sql("SELECT last_sequence FROM applied_sequence WHERE aggregate_id = :id")
                .param("id", aggregateId).query(Long.class).optional().orElse(null);
        // The conditional upsert is the guard; the read above only explains gaps in the log.
        int changed = jdbc.sql("""
                INSERT INTO applied_sequence (aggregate_id, last_sequence) VALUES (:id, :sequence)
                ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence
                WHERE applied_sequence.last_sequence < EXCLUDED.last_sequence""")
                .param("id", aggregateId).param("sequence", sequence).update();
        if (changed == 1 && SequenceCheck.isGap(last, sequence)) {
            log.warn("Sequence of aggregate {} jumps from {} to {}: events in between are missing",
                    aggregateId, last, sequence);
        }
        return changed == 1;
    }
}
