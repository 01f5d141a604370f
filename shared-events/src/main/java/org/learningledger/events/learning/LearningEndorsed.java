package org.learningledger.events.learning;

import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import java.util.UUID;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A steward endorsed a published learning. {@code tier} is the tier at which the learning was
 * visible then; the endorsement is visible at that tier and to the team.
 */
public record LearningEndorsed(UUID learningId, UUID teamId, UUID regionId, Tier tier,
                               @NotPersonal(OrganisationEvent.ACCOUNT) String stewardId, UUID stewardRegionId,
                               @Personal String note) implements LearningEvent {

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.learningEndorsed(this);
    }
}
