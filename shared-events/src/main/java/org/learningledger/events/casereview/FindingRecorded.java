package org.learningledger.events.casereview;

import java.util.Set;
import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * The review found a condition of the system that shaped what was done, tagged with the contributory
 * factors it belongs to (at least one); {@code goodPractice} when it describes practice to keep.
 */
public record FindingRecorded(UUID caseReviewId, UUID regionId, UUID findingId, @Personal String text,
                              Set<ContributoryFactor> factors, boolean goodPractice,
                              @NotPersonal(OrganisationEvent.ACCOUNT) String recordedBy) implements CaseReviewEvent {

    public FindingRecorded {
        factors = FactorSet.of(factors);
    }

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.findingRecorded(this);
    }
}
