package org.learningledger.command.experiment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.erasure.UnknownItem;
import org.learningledger.command.experiment.ExperimentCommands.CorrectObservation;
import org.learningledger.events.experiment.ObservationCorrected;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;

/**
 * An experiment's observations as their events left them, an erased one's text blank as it loads
 * blank (its key is gone). Decides recording one and correcting one, answering the event to apply or
 * nothing for a retry, and whether one may be erased; the experiment decides first who may act.
 */
final class Observations {

    private final Map<UUID, ObservationRecorded> recorded = new LinkedHashMap<>();
    private final Set<UUID> erased = new HashSet<>();
    /** Each corrected observation's latest correction: what it reads as now. */
    private final Map<UUID, ObservationCorrected> corrected = new HashMap<>();

    Optional<ObservationRecorded> record(ObservationRecorded wanted, boolean dateDefaulted, Stage stage,
                                         LocalDate proposedOn, LocalDate today) {
        ObservationRecorded earlier = recorded.get(wanted.observationId());
        if (earlier != null) {
            if (erased.contains(wanted.observationId())) {
                throw new RuleViolation("id-already-used",
                        "An observation with this id was recorded and erased; record it under a new id.");
            }
            if (!ObservationRules.sameObservation(earlier, wanted, dateDefaulted)) {
                throw new RuleViolation("id-already-used",
                        "An observation with this id was already recorded with different content.");
            }
            return Optional.empty();
        }
        ExperimentRules.mayRecordObservation(stage);
        ObservationRules.mayBeObservedOn(wanted.observedOn(), proposedOn, today);
        return Optional.of(wanted);
    }

    /**
     * A correction supersedes the observation's kind and text in any stage (wrong words stay wrong after the
     * end); the same kind and text again is a retry and appends nothing. {@code kind} null keeps the kind.
     */
    Optional<ObservationCorrected> correct(UUID team, CorrectObservation wanted, boolean experimentErased) {
        ObservationRecorded earlier = recorded.get(wanted.observationId());
        if (earlier == null) {
            throw new UnknownItem("observationId", "recorded-observation",
                    "must name an observation recorded in this experiment");
        }
        if (experimentErased || erased.contains(wanted.observationId())) {
            throw new RuleViolation("observation-erased",
                    "The observation was erased; it takes no correction. Record a new observation instead.");
        }
        ObservationCorrected now = corrected.get(wanted.observationId());
        ObservationKind kindNow = now == null ? earlier.kind() : now.kind();
        String textNow = now == null ? earlier.text() : now.text();
        ObservationKind kind = wanted.kind() == null ? kindNow : wanted.kind();
        if (kind == kindNow && Objects.equals(textNow, wanted.text())) {
            return Optional.empty();
        }
        ObservationRules.mayBecome(kind, earlier.value());
        return Optional.of(new ObservationCorrected(earlier.experimentId(), team, wanted.observationId(), kind,
                wanted.text(), wanted.reason()));
    }

    /** {@code experimentErased}: the whole experiment was, and every observation with it. */
    void mayErase(UUID observationId, boolean experimentErased) {
        if (!recorded.containsKey(observationId)) {
            throw new UnknownItem("observationId", "recorded-observation",
                    "must name an observation recorded in this experiment");
        }
        ErasureRules.notErasedYet(experimentErased || erased.contains(observationId));
    }

    List<UUID> ids() {
        return List.copyOf(recorded.keySet());
    }

    void on(ObservationRecorded event) {
        recorded.put(event.observationId(), event);
    }

    void on(ObservationCorrected event) {
        corrected.put(event.observationId(), event);
    }

    void erased(UUID observationId) {
        erased.add(observationId);
        corrected.remove(observationId);
        recorded.computeIfPresent(observationId, (id, o) -> blank(o));
    }

    /** The whole experiment was erased: the listed observations, which were all of them. */
    void allErased(List<UUID> listed) {
        erased.addAll(listed);
        corrected.clear();
        recorded.replaceAll((id, o) -> blank(o));
    }

    private static ObservationRecorded blank(ObservationRecorded o) {
        return new ObservationRecorded(o.experimentId(), o.teamId(), o.observationId(), o.kind(), null, o.value(),
                o.observedOn());
    }
}
