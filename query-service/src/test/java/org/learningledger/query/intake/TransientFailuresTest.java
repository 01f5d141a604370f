package org.learningledger.query.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class TransientFailuresTest {

    @Test
    void givenDatabaseUnreachable_whenClassified_thenTransient() {
        assertThat(TransientFailures.isTransient(new CannotGetJdbcConnectionException("down"))).isTrue();
        assertThat(TransientFailures.isTransient(new QueryTimeoutException("slow"))).isTrue();
        assertThat(TransientFailures.isTransient(new TransactionSystemException("savepoint"))).isTrue();
    }

    @Test
    void givenTheKeyServiceUnreachable_whenClassified_thenTransientNeverADeadLetter() {
        assertThat(TransientFailures.isTransient(new org.learningledger.query.keys.KeyServiceUnavailableException("down")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new RejectedEventException("content item has no key"))).isFalse();
    }

    @Test
    void givenConnectionSqlStateDeepInTheCauses_whenClassified_thenTransient() {
        RuntimeException wrapped = new IllegalStateException("x", new SQLException("terminated", "57P01"));
        assertThat(TransientFailures.isTransient(wrapped)).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException("io", "08006")))).isTrue();
    }

    @Test
    void givenRecordProblem_whenClassified_thenNotTransient() {
        assertThat(TransientFailures.isTransient(new RejectedEventException("bad"))).isFalse();
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("null",
                new SQLException("not null", "23502")))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException())).isFalse();
    }
}
