package org.learningledger.query.history;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives a challenge's answer or outcome review the tier and raising team of its raise, which the event does not
 * carry: from the raise in the same batch, or from its stored row. Null when there is no raise (the challenge's
 * projection refuses such an event, so it gets no row).
 */
final class ChallengeRaises {

    private final JdbcTemplate jdbc;
    private final Map<UUID, HistoryFact> raises = new HashMap<>();

    ChallengeRaises(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    HistoryFact complete(UUID challengeId, HistoryFact fact) {
        if (fact.kind().equals("challenge")) {
            raises.put(challengeId, fact);
            return fact;
        }
        if (!RoundTwoFacts.CHALLENGE_KINDS.contains(fact.kind())) {
            return fact;
        }
        HistoryFact raise = raises.computeIfAbsent(challengeId, id -> jdbc.query(
                "SELECT team_id, tier FROM history_event WHERE aggregate_id = ? AND kind = 'challenge'",
                rs -> rs.next() ? new HistoryFact("challenge", null, rs.getObject(1, UUID.class), null, rs.getString(2),
                        null, null, null, null, null, null, null, null, null) : null, id));
        return raise == null ? null : new HistoryFact(fact.kind(), null, raise.teamId(), fact.regionId(), raise.tier(),
                null, null, null, fact.result(), null, null, fact.note(), fact.content(), null);
    }
}
