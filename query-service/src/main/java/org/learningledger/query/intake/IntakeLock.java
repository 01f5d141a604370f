package org.learningledger.query.intake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a retry of dead letters and the live intake apart: live batches share the lock (they run in
 * parallel), a retry holds it alone. Otherwise a batch that saw an aggregate stopped could hold a
 * record of it after the retry resumed it, and that record would sit in the dead letters unnoticed.
 * Transaction-scoped; a rebuild's replay into its own schema does not take it.
 */
@Component
class IntakeLock {

    private static final long LOCK = 0x4c65646765724452L; // "LedgerDR"

    private final JdbcClient jdbc;

    IntakeLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void shared() {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(:lock)").param("lock", LOCK).query().listOfRows();
    }

    void exclusive() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().listOfRows();
    }
}
