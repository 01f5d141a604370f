package org.learningledger.query.intake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the current intake transaction waits for its WAL flush at commit. Read models and
 * positions are derived from Kafka: if PostgreSQL crashes before the flush, they fall back together
 * and the intake applies the same records again, so a batch need not wait ({@code off}). A batch
 * that adds to the steward feed does wait ({@code on}): a steward may have seen the entry at once,
 * and after a crash its copy would come back under a new id, a repeat on resume.
 */
@Component
public class CommitDurability {

    private final JdbcClient jdbc;

    CommitDurability(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replayable() {
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
    }

    /** For the rest of the current transaction, commit only once flushed. */
    public void durable() {
        jdbc.sql("SET LOCAL synchronous_commit = on").update();
    }
}
