package org.learningledger.command.learning;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.learning.Evidence;

/**
 * What a publication may show of each experiment of the learning's team (question, and decision and
 * summary once concluded), as recorded when the publish command arrived. The draft's own evidence
 * list is the aggregate's state, so the facts cover the team's experiments and the decision picks.
 */
record TeamEvidence(Map<UUID, Evidence> byExperiment) {

    TeamEvidence {
        byExperiment = Map.copyOf(byExperiment);
    }

    /** The rows of the cited experiments, in the order cited; each was the team's own when cited. */
    List<Evidence> of(List<UUID> experiments) {
        return experiments.stream().map(id -> {
            Evidence row = byExperiment.get(id);
            if (row == null) {
                throw new IllegalStateException("No recorded evidence for cited experiment " + id);
            }
            return row;
        }).toList();
    }
}
