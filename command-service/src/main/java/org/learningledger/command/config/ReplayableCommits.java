package org.learningledger.command.config;

import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Transactions of the forwarders, which store only how far they got: they commit without waiting
 * for the WAL flush ({@code synchronous_commit = off} for that transaction alone). If PostgreSQL
 * crashes before the flush, the token falls back and the forwarder sends those events again, which
 * readers drop as copies. Commands keep the server's durable default: an acknowledged write is
 * flushed before the answer. The bench measured three flushes per command before, two of them
 * for tokens.
 */
final class ReplayableCommits implements TransactionManager {

    private final TransactionManager delegate;
    private final DataSource dataSource;

    ReplayableCommits(TransactionManager delegate, DataSource dataSource) {
        this.delegate = delegate;
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = delegate.startTransaction();
        try (Statement statement = DataSourceUtils.getConnection(dataSource).createStatement()) {
            statement.execute("SET LOCAL synchronous_commit = off");
        } catch (SQLException | RuntimeException e) {
            transaction.rollback();
            throw new IllegalStateException("Cannot start a forwarder transaction", e);
        }
        return transaction;
    }
}
