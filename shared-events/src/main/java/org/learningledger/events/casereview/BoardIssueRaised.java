package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.content.Personal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * The review put a question to the board: a condition of the system to consider, never a person.
 */
public record BoardIssueRaised(UUID caseReviewId, UUID regionId, UUID issueId, @Personal String question,
                               @NotPersonal(OrganisationEvent.ACCOUNT) String raisedBy)
        implements CaseReviewEvent {

    @Override
    public <R> R handle(CaseReviewEvent.Handler<R> handler) {
        return handler.boardIssueRaised(this);
    }
}
