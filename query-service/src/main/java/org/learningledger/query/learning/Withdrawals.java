package org.learningledger.query.learning;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether a learning was withdrawn: for teams whose experiments are based on it. */
@Component
public class Withdrawals {

    private final JdbcClient jdbc;

    Withdrawals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<WithdrawalNotice> of(UUID learningId) {
        if (learningId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT withdrawn_at FROM learning WHERE id = :id AND withdrawn").param("id", learningId)
                .query((rs, n) -> new WithdrawalNotice(learningId,
                        rs.getObject("withdrawn_at", OffsetDateTime.class).toInstant())).optional();
    }
}
