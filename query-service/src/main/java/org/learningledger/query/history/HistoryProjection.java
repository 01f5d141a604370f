package org.learningledger.query.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.query.intake.ArrayRows;
import org.learningledger.query.intake.BatchProjection;
import org.learningledger.query.intake.LedgerEvent;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends one {@code history_event} row per learning or experiment event, per approved lesson, per published case
 * review and per challenge raise, answer and outcome review, a batch's rows with one
 * statement. A batch in which another projection refuses an event is applied record by record, so
 * a refused event gets no row. Keyed by (aggregate, sequence), so a replay into the same tables
 * inserts nothing twice. An erasure blanks the rows before it (the batch's included, written first).
 */
@Component
@Order(20)
class HistoryProjection implements BatchProjection {

    // Rows in event order, so position keeps it.
    private static final String INSERT = """
            INSERT INTO history_event (aggregate_id, sequence, kind, learning_id, team_id, region_id, tier, version,
                title, validates, result, steward_id, steward_region_id, note, content, occurred_at, revision, lesson_id)
            SELECT * FROM %s
            ON CONFLICT (aggregate_id, sequence) DO NOTHING""";
    private static final String[] COLUMN_TYPES = {"uuid", "bigint", "text", "uuid", "uuid", "uuid", "text", "integer",
        "text", "uuid", "text", "text", "uuid", "text", "jsonb", "timestamptz", "integer", "uuid"};

    private final JdbcTemplate jdbc;
    private final HistoryErasures erasures;

    HistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.erasures = new HistoryErasures(new NamedParameterJdbcTemplate(jdbc));
    }

    @Override
    public void applyAll(List<LedgerEvent> events) {
        ArrayRows rows = new ArrayRows(COLUMN_TYPES);
        Map<UUID, Integer> revisions = new HashMap<>();
        ChallengeRaises raises = new ChallengeRaises(jdbc);
        for (LedgerEvent event : events) {
            if (HistoryErasures.isErasure(event.payload())) {
                rows.insert(jdbc, INSERT);
                rows = new ArrayRows(COLUMN_TYPES);
                erasures.apply(event);
                continue;
            }
            Integer revision = revision(event.payload(), revisions);
            HistoryFact fact = HistoryFacts.of(event.payload()).map(f -> raises.complete(event.aggregateId(), f))
                    .orElse(null);
            if (fact != null) {
                rows.add(event.aggregateId(), event.sequence(), fact.kind(), fact.learningId(), fact.teamId(),
                        fact.regionId(), fact.tier(), fact.version(), fact.title(), fact.validates(), fact.result(),
                        fact.stewardId(), fact.stewardRegionId(), fact.note(),
                        LedgerJson.mapper().writeValueAsString(fact.content()), event.occurredAt(), revision,
                        fact.lessonId());
            }
        }
        rows.insert(jdbc, INSERT);
    }

    /**
     * The draft is revision 1; a revision says its number, or (revision-1 events) is the one after
     * the learning's last, as the command side counts them.
     */
    private Integer revision(Object payload, Map<UUID, Integer> revisions) {
        if (payload instanceof LearningDrafted e) {
            revisions.put(e.learningId(), 1);
            return 1;
        }
        if (payload instanceof LearningRevised e && e.learningId() != null) {
            int number = e.revision() > 0 ? e.revision() : 1 + revisions.computeIfAbsent(e.learningId(), id ->
                    jdbc.queryForObject("SELECT coalesce(max(revision), 0) FROM history_event WHERE learning_id = ?"
                            + " AND kind IN ('drafted', 'revised')", Integer.class, id));
            revisions.put(e.learningId(), number);
            return number;
        }
        return null;
    }
}
