package org.learningledger.command.learning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the directory recorded, when a draft or revision arrived, of what its content names: the
 * owning team of each cited experiment (an unknown experiment is absent) and the learning it
 * validates, if any. The decision checks these facts; it queries nothing.
 */
record Citations(Map<UUID, UUID> experimentTeams, Optional<RecordedLearning> validated) {

    Citations {
        experimentTeams = Map.copyOf(experimentTeams);
    }

    static Citations none() {
        return new Citations(Map.of(), Optional.empty());
    }

    /** The cited experiments that are not the team's own (or do not exist), in the order cited. */
    List<UUID> notOwnedBy(UUID team, List<UUID> experiments) {
        return experiments.stream().filter(id -> !team.equals(experimentTeams.get(id))).toList();
    }
}
