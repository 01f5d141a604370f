package org.learningledger.command.experiment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learningledger.command.RuleViolation;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.erasure.UnknownItem;
import org.learningledger.events.experiment.ObservationRecorded;

/**
 * An experiment's observations as their events left them, an erased one's text blank as it loads
 * blank (its key is gone). Decides recording one, answering the event to apply or nothing for a
 * retry, and whether one may be erased; the experiment decides first who may act.
 */
final class Observations {

    private final Map<UUID, ObservationRecorded> recorded = new LinkedHashMap<>();
    private final Set<UUID> erased = new HashSet<>();

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

    void erased(UUID observationId) {
        erased.add(observationId);
        recorded.computeIfPresent(observationId, (id, o) -> blank(o));
    }

    /** The whole experiment was erased: the listed observations, which were all of them. */
    void allErased(List<UUID> listed) {
        erased.addAll(listed);
        recorded.replaceAll((id, o) -> blank(o));
    }

    private static ObservationRecorded blank(ObservationRecorded o) {
        return new ObservationRecorded(o.experimentId(), o.teamId(), o.observationId(), o.kind(), null, o.value(),
                o.observedOn());
    }
}
