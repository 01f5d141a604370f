package org.learningledger.events.learning;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A team published its current draft as version {@code version} to {@code tier}: readers of that
 * tier (the team's region, or the nation) see this snapshot from now on.
 */
@Revision("1")
public record LearningPublished(UUID learningId, UUID teamId, UUID regionId, int version, Tier tier,
                                Snapshot snapshot) {
}
