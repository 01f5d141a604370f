package org.learningledger.query.history;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.ContentSeal;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.challenge.ChallengeErased;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentErased;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentRevised;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.experiment.MeasureDefined;
import org.learningledger.events.experiment.MeasurePointCorrected;
import org.learningledger.events.experiment.MeasurePointRecorded;
import org.learningledger.events.experiment.MeasureRephased;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningRevisionErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.lesson.LessonErased;
import org.learningledger.query.intake.LedgerEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Blanks the history rows an erasure event erased: their content's personal fields become null
 * ({@link ContentSeal#blank}), their title and note too, and they say when and by whom. The first
 * erasure of a row dates it. An erased observation's rows are its recording's and its corrections'; rows of a
 * whole erased experiment are all of its rows so far; an erased
 * note is the withdrawal's row (its reason) or that steward's endorsement row (its note); an erased lesson
 * is its approval's row (title, summary, practice).
 */
final class HistoryErasures {

    private static final Map<String, Class<?>> CONTENT = Map.ofEntries(Map.entry("drafted", LearningDrafted.class),
            Map.entry("revised", LearningRevised.class), Map.entry("published", Snapshot.class),
            Map.entry("validated", Snapshot.class), Map.entry("withdrawn", LearningWithdrawn.class),
            Map.entry("endorsed", LearningEndorsed.class), Map.entry("experiment_proposed", ExperimentProposed.class),
            Map.entry("experiment_started", ExperimentStarted.class),
            Map.entry("observation_recorded", ObservationRecorded.class),
            Map.entry("observation_corrected", ObservationCorrected.class),
            Map.entry("experiment_revised", ExperimentRevised.class),
            Map.entry("experiment_concluded", ExperimentConcluded.class),
            Map.entry("experiment_abandoned", ExperimentAbandoned.class),
            Map.entry("measure_defined", MeasureDefined.class),
            Map.entry("measure_point_recorded", MeasurePointRecorded.class),
            Map.entry("measure_point_corrected", MeasurePointCorrected.class),
            Map.entry("measure_rephased", MeasureRephased.class), Map.entry("lesson", LessonFacts.LessonText.class),
            Map.entry("case-review", CaseReviewSnapshot.class), Map.entry("challenge", RoundTwoFacts.ChallengeText.class),
            Map.entry("challenge-answered", RoundTwoFacts.AnswerText.class),
            Map.entry("challenge-outcome-reviewed", RoundTwoFacts.OutcomeText.class));

    private final NamedParameterJdbcTemplate jdbc;

    HistoryErasures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static boolean isErasure(Object payload) {
        return payload instanceof ObservationErased || payload instanceof ExperimentErased
                || payload instanceof LearningRevisionErased || payload instanceof LearningNoteErased
                || payload instanceof LessonErased || payload instanceof CaseReviewErased
                || payload instanceof ChallengeErased;
    }

    void apply(LedgerEvent event) {
        MapSqlParameterSource params = new MapSqlParameterSource("aggregate", event.aggregateId());
        String where;
        Erasure erasure;
        if (event.payload() instanceof ObservationErased e) {
            // The observation's corrections are its words too.
            where = "aggregate_id = :aggregate AND kind IN ('observation_recorded', 'observation_corrected')"
                    + " AND content ->> 'observationId' = :item";
            params.addValue("item", String.valueOf(e.observationId()));
            erasure = e.erasure();
        } else if (event.payload() instanceof ExperimentErased e) {
            where = "aggregate_id = :aggregate";
            erasure = e.erasure();
        } else if (event.payload() instanceof LearningRevisionErased e) {
            where = "aggregate_id = :aggregate AND (kind IN ('drafted', 'revised') AND revision = :revision"
                    + (e.versions().isEmpty() ? ")" : " OR kind IN ('published', 'validated') AND version IN (:versions))");
            params.addValue("revision", e.revision()).addValue("versions", e.versions());
            erasure = e.erasure();
        } else if (event.payload() instanceof LearningNoteErased e) {
            where = e.kind() == NoteKind.WITHDRAWAL_REASON ? "aggregate_id = :aggregate AND kind = 'withdrawn'"
                    : "aggregate_id = :aggregate AND kind = 'endorsed' AND steward_id = :steward";
            params.addValue("steward", e.stewardId());
            erasure = e.erasure();
        } else if (event.payload() instanceof LessonErased e) {
            where = "lesson_id = :aggregate AND kind = 'lesson'";
            erasure = e.erasure();
        } else if (event.payload() instanceof CaseReviewErased e) {
            where = "aggregate_id = :aggregate AND kind = 'case-review'";
            erasure = e.erasure();
        } else if (event.payload() instanceof ChallengeErased e) {
            where = "aggregate_id = :aggregate AND kind IN (:challengeKinds)";
            params.addValue("challengeKinds", RoundTwoFacts.CHALLENGE_KINDS);
            erasure = e.erasure();
        } else {
            return;
        }
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT position, kind, CAST(content AS text) AS content"
                + " FROM history_event WHERE " + where + " AND erased_at IS NULL", params);
        for (Map<String, Object> row : rows) {
            Class<?> type = CONTENT.get((String) row.get("kind"));
            String content = (String) row.get("content");
            if (type != null) {
                content = LedgerJson.mapper().writeValueAsString(
                        ContentSeal.blank(type, LedgerJson.mapper().readTree(content)));
            }
            jdbc.update("""
                    UPDATE history_event SET content = CAST(:content AS jsonb), title = NULL, note = NULL,
                           erased_at = :at, erased_by = :by WHERE position = :position""",
                    new MapSqlParameterSource("content", content).addValue("position", row.get("position"))
                            .addValue("at", event.occurredAt().atOffset(ZoneOffset.UTC))
                            .addValue("by", erasure.role().name()));
        }
    }
}
