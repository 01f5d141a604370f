package org.learningledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.Infrastructure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Only the forwarders' transactions give up waiting for the flush; everything else stays durable. */
class ReplayableCommitsIT {

    private SingleConnectionDataSource dataSource;
    private TransactionManager durable;
    private JdbcTemplate jdbc;

    @BeforeEach
    void durableSession() throws SQLException {
        Connection connection = Infrastructure.postgres().getPostgresDatabase().getConnection();
        try (Statement statement = connection.createStatement()) {
            // the embedded test server runs without synchronous commits; the local stack runs with them
            statement.execute("SET synchronous_commit = on");
        }
        dataSource = new SingleConnectionDataSource(connection, true);
        durable = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.destroy();
    }

    @Test
    void givenAForwarderTransaction_whenItCommits_thenWithoutWaitingForTheFlush_andOthersStillWait() {
        Transaction forwarding = new ReplayableCommits(durable, dataSource).startTransaction();
        assertThat(setting()).isEqualTo("off");
        forwarding.commit();

        Transaction command = durable.startTransaction();
        assertThat(setting()).isEqualTo("on");
        command.commit();
    }

    private String setting() {
        return jdbc.queryForObject("SHOW synchronous_commit", String.class);
    }
}
