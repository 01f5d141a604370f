package org.learningledger.events.casereview;

import java.util.UUID;
import org.learningledger.events.DomainEvent;

/**
 * The events of one case review: a learning response after serious harm, private to its participants
 * and the region's reviewers until a de-identified snapshot of its findings and issues is published.
 * Every text is sealed under the review's one content item.
 */
public sealed interface CaseReviewEvent extends DomainEvent
        permits CaseReviewOpened, CaseReviewParticipantAdded, CaseReviewParticipantRemoved, EpisodeRecorded,
        FindingRecorded, BoardIssueRaised, AddendumRecorded, FindingLinkedToExperiment, FindingCitedLearning,
        CaseReviewPublicationProposed, CaseReviewPublished, CaseReviewWithdrawn, CaseReviewErased {

    UUID caseReviewId();

    UUID regionId();

    <R> R handle(Handler<R> handler);

    /** One answer per event of the family: adding an event adds a method here. */
    interface Handler<R> {
        R caseReviewOpened(CaseReviewOpened event);

        R participantAdded(CaseReviewParticipantAdded event);

        R participantRemoved(CaseReviewParticipantRemoved event);

        R episodeRecorded(EpisodeRecorded event);

        R findingRecorded(FindingRecorded event);

        R boardIssueRaised(BoardIssueRaised event);

        R addendumRecorded(AddendumRecorded event);

        R findingLinkedToExperiment(FindingLinkedToExperiment event);

        R findingCitedLearning(FindingCitedLearning event);

        R publicationProposed(CaseReviewPublicationProposed event);

        R published(CaseReviewPublished event);

        R withdrawn(CaseReviewWithdrawn event);

        R erased(CaseReviewErased event);
    }
}
