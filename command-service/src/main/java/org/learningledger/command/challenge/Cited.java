package org.learningledger.command.challenge;

import java.util.UUID;
import org.learningledger.events.learning.Tier;

/**
 * What one evidence id of a challenge names, as the command side's directory knows it: an experiment (its
 * team), a learning (its team; region and tier once published, withdrawn or not), a lesson (region and tier
 * once approved; erased as withdrawn), a finding of a published case-review snapshot (its region and tier),
 * or nothing known. A fact loaded before the decision.
 */
record Cited(UUID id, Kind kind, UUID teamId, UUID regionId, Tier tier, boolean withdrawn) {

    enum Kind { EXPERIMENT, LEARNING, LESSON, FINDING, UNKNOWN }

    static Cited unknown(UUID id) {
        return new Cited(id, Kind.UNKNOWN, null, null, null, false);
    }
}
