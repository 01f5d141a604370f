package org.learningledger.query.history;

import java.util.Map;
import java.util.Optional;
import org.learningledger.events.experiment.ExperimentAbandoned;
import org.learningledger.events.experiment.ExperimentConcluded;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.LearningDrafted;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.LearningRevised;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.TeamInvitedToPublish;

/**
 * What history keeps of each event: the flat columns an export shows and the content only the
 * rightful readers get. Organisation events are not history of learning and are left out.
 */
final class HistoryFacts {

    private HistoryFacts() {
    }

    static Optional<HistoryFact> of(Object payload) {
        HistoryFact fact = null;
        if (payload instanceof LearningPublished e) {
            fact = new HistoryFact(e.snapshot().validates() == null ? "published" : "validated",
                    e.learningId(), e.teamId(), e.regionId(), e.tier().name(), e.version(), e.snapshot().title(),
                    e.snapshot().validates(), e.snapshot().result() == null ? null : e.snapshot().result().name(),
                    null, null, null, e.snapshot());
        } else if (payload instanceof LearningEndorsed e) {
            fact = new HistoryFact("endorsed", e.learningId(), e.teamId(), e.regionId(), e.tier().name(), null,
                    null, null, null, e.stewardId(), e.stewardRegionId(), e.note(), Map.of("note", text(e.note())));
        } else if (payload instanceof LearningWithdrawn e) {
            // the reason is content: only the team gets it (see HistorySight)
            fact = new HistoryFact("withdrawn", e.learningId(), e.teamId(), e.regionId(),
                    e.tier() == null ? null : e.tier().name(), null, null, null, null, null, null, null,
                    Map.of("reason", text(e.reason())));
        } else if (payload instanceof TeamInvitedToPublish e) {
            fact = new HistoryFact("invited", e.learningId(), e.teamId(), null, null, null, null, null, null,
                    e.stewardId(), e.stewardRegionId(), e.tier().name(), e);
        } else if (payload instanceof LearningDrafted e) {
            fact = HistoryFact.teamPrivate("drafted", e.learningId(), e.teamId(), e.title(), null, e);
        } else if (payload instanceof LearningRevised e) {
            fact = HistoryFact.teamPrivate("revised", e.learningId(), e.teamId(), e.title(), null, e);
        } else if (payload instanceof ExperimentProposed e) {
            fact = HistoryFact.teamPrivate("experiment_proposed", null, e.teamId(), e.question(), null, e);
        } else if (payload instanceof ExperimentStarted e) {
            fact = HistoryFact.teamPrivate("experiment_started", null, e.teamId(), null, null, e);
        } else if (payload instanceof ObservationRecorded e) {
            fact = HistoryFact.teamPrivate("observation_recorded", null, e.teamId(), null, e.text(), e);
        } else if (payload instanceof ExperimentConcluded e) {
            fact = HistoryFact.teamPrivate("experiment_concluded", null, e.teamId(), null, e.summary(), e);
        } else if (payload instanceof ExperimentAbandoned e) {
            fact = HistoryFact.teamPrivate("experiment_abandoned", null, e.teamId(), null, e.reason(), e);
        }
        return Optional.ofNullable(fact).filter(f -> f.teamId() != null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
