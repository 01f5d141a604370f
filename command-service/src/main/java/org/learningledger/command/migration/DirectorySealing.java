package org.learningledger.command.migration;

import java.util.List;
import java.util.UUID;
import org.learningledger.command.keys.SealedColumn;
import org.learningledger.events.experiment.Decision;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the directory's copies of experiments' questions and conclusions that an earlier release
 * kept in clear, under the experiment's item, as new ones are written ({@link SealedColumn}).
 */
@Component
class DirectorySealing {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SealedColumn sealed;

    DirectorySealing(JdbcClient jdbc, TransactionTemplate transactions, SealedColumn sealed) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sealed = sealed;
    }

    record Row(UUID experimentId, UUID teamId, String question, String decision, String summary) {
    }

    /** Returns how many rows were sealed. */
    long seal() {
        List<Row> rows = jdbc.sql("select experiment_id, team_id, question, decision, summary from directory_experiment"
                        + " where (question <> '' and question not like '{\"sealed\"%')"
                        + " or (summary is not null and summary not like '{\"sealed\"%')")
                .query(Row.class).list();
        transactions.executeWithoutResult(status -> rows.forEach(this::seal));
        return rows.size();
    }

    private void seal(Row row) {
        String question = SealedColumn.isSealed(row.question()) || row.question().isEmpty() ? row.question()
                : sealed.seal(new ExperimentProposed(row.experimentId(), row.teamId(), row.question(), null, null,
                        null, null), "question");
        String summary = row.summary() == null || SealedColumn.isSealed(row.summary()) ? row.summary()
                : sealed.seal(new ExperimentConcluded(row.experimentId(), row.teamId(),
                        row.decision() == null ? Decision.ADOPT : Decision.valueOf(row.decision()), row.summary()),
                        "summary");
        jdbc.sql("update directory_experiment set question = ?, summary = ? where experiment_id = ?")
                .params(question, summary, row.experimentId()).update();
    }
}
