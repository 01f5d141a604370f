package org.learningledger.command.experiment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.learningledger.command.FieldRuleViolation;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.learning.RecordedExperiment;

/**
 * The plan-do-study-act rules as pure decisions on the current stage: each throws a
 * {@link RuleViolation} naming the rule, or returns normally when the command may proceed.
 */
final class ExperimentRules {

    private ExperimentRules() {
    }

    /**
     * True when the start is to be recorded; false for a repeat of the recorded start (same day), which decides
     * nothing, so a client that lost the answer may send it again. A start on another day is refused.
     */
    static boolean mayStart(Stage stage, LocalDate recordedOn, LocalDate requestedOn) {
        notEnded(stage);
        if (stage == Stage.STARTED) {
            if (requestedOn.equals(recordedOn)) {
                return false;
            }
            throw new RuleViolation("already-started", "The experiment has already started (on " + recordedOn + ").");
        }
        return true;
    }

    /**
     * A start recorded later keeps its real day, so the baseline ends where the change began: never after
     * today, and within a year (an older start is a typo more often than a fact).
     */
    static void mayStartOn(LocalDate startedOn, LocalDate today) {
        if (startedOn.isAfter(today)) {
            throw new FieldRuleViolation("startedOn", "not-in-future", "must not be after today (" + today + ")");
        }
        if (startedOn.isBefore(today.minusYears(1))) {
            throw new FieldRuleViolation("startedOn", "within-a-year",
                    "must not be more than a year before today (" + today.minusYears(1) + ")");
        }
    }

    /** A proposal's texts are corrected before the start; after it the team records what it learns instead. */
    static void mayRevise(Stage stage) {
        notEnded(stage);
        if (stage == Stage.STARTED) {
            throw new RuleViolation("already-started",
                    "The experiment has already started; its proposal can be corrected only before it starts.");
        }
    }

    /** The next cycle follows one of its own team's concluded experiments (none: it follows nothing). */
    static void mayFollow(UUID follows, UUID team, Optional<RecordedExperiment> followed) {
        if (follows != null && followed.filter(e -> e.experimentId().equals(follows))
                .filter(e -> e.teamId().equals(team)).filter(RecordedExperiment::concluded).isEmpty()) {
            throw new FieldRuleViolation("follows", "own-concluded-experiment",
                    "must name a concluded experiment of the same team");
        }
    }

    static void mayRecordObservation(Stage stage) {
        notEnded(stage);
        mustHaveStarted(stage, "Observations can be recorded only once the experiment has started.");
    }

    /** Measures and their points are taken from the proposal on (baseline data comes first), until the end. */
    static void mayRecordMeasures(Stage stage) {
        notEnded(stage);
    }

    static void mayConclude(Stage stage) {
        notEnded(stage);
        mustHaveStarted(stage, "An experiment can be concluded only after it has started.");
    }

    static void mayAbandon(Stage stage) {
        notEnded(stage);
    }

    /** A wholly erased experiment takes no new content (its key is gone, and stays gone). */
    static void notErased(boolean erased) {
        if (erased) {
            throw new RuleViolation("experiment-erased",
                    "The experiment was erased; it takes no new content. Record it as a new experiment.");
        }
    }

    private static void mustHaveStarted(Stage stage, String detail) {
        if (stage == Stage.PROPOSED) {
            throw new RuleViolation("not-started", detail);
        }
    }

    private static void notEnded(Stage stage) {
        if (stage.ended()) {
            throw new RuleViolation("experiment-ended",
                    "The experiment has already ended (" + stage.name().toLowerCase() + "); it ends only once.");
        }
    }
}
