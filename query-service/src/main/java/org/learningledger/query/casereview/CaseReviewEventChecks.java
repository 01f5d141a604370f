package org.learningledger.query.casereview;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.casereview.CaseReviewEvent;
import org.learningledger.events.casereview.CaseReviewOpened;
import org.learningledger.events.casereview.CaseReviewParticipantAdded;
import org.learningledger.events.casereview.CaseReviewParticipantRemoved;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.EpisodeRecorded;
import org.learningledger.events.casereview.FindingCitedLearning;
import org.learningledger.events.casereview.FindingLinkedToExperiment;
import org.learningledger.events.casereview.FindingRecorded;
import org.learningledger.query.intake.LedgerEvent;
import org.learningledger.query.intake.RequiredFields;

/**
 * What the case review read model cannot do without, per event. The first required field is the review,
 * the aggregate the event belongs to. Texts may be absent only when their key was erased; a finding
 * without a factor is refused, as the command side never records one.
 */
final class CaseReviewEventChecks {

    private CaseReviewEventChecks() {
    }

    /** The case review the event belongs to (null when absent). */
    static UUID aggregateId(CaseReviewEvent event) {
        return (UUID) event.handle(REQUIRED).values().stream().findFirst().orElse(null);
    }

    /** Names of required fields the event lacks, in declaration order; empty when complete. */
    static List<String> missingFields(LedgerEvent event) {
        return RequiredFields.missing(((CaseReviewEvent) event.payload()).handle(REQUIRED), event);
    }

    private static final Required REQUIRED = new Required();

    /** Field names and values, in order: the exhaustive switch over a case review's events. */
    private static final class Required implements CaseReviewEvent.Handler<Map<String, Object>> {

        @Override
        public Map<String, Object> caseReviewOpened(CaseReviewOpened e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "leadId", e.leadId(),
                    "kind", e.kind(), "title", e.title());
        }

        @Override
        public Map<String, Object> participantAdded(CaseReviewParticipantAdded e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "userId", e.userId(),
                    "role", e.role(), "addedBy", e.addedBy());
        }

        @Override
        public Map<String, Object> participantRemoved(CaseReviewParticipantRemoved e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "userId", e.userId(),
                    "removedBy", e.removedBy());
        }

        @Override
        public Map<String, Object> episodeRecorded(EpisodeRecorded e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "episodeId",
                    e.episodeId(), "occurredOn", e.occurredOn(), "whatHappened", e.whatHappened(), "whyItMadeSense",
                    e.whyItMadeSense(), "recordedBy", e.recordedBy());
        }

        @Override
        public Map<String, Object> findingRecorded(FindingRecorded e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "findingId",
                    e.findingId(), "text", e.text(), "factors", e.factors().isEmpty() ? null : e.factors(),
                    "recordedBy", e.recordedBy());
        }

        @Override
        public Map<String, Object> boardIssueRaised(BoardIssueRaised e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "issueId",
                    e.issueId(), "question", e.question(), "raisedBy", e.raisedBy());
        }

        @Override
        public Map<String, Object> addendumRecorded(AddendumRecorded e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "addendumId",
                    e.addendumId(), "refersTo", e.refersTo(), "text", e.text(), "recordedBy", e.recordedBy());
        }

        @Override
        public Map<String, Object> findingLinkedToExperiment(FindingLinkedToExperiment e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "findingId",
                    e.findingId(), "experimentId", e.experimentId(), "teamId", e.teamId(), "linkedBy", e.linkedBy());
        }

        @Override
        public Map<String, Object> findingCitedLearning(FindingCitedLearning e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "findingId",
                    e.findingId(), "learningId", e.learningId(), "citedBy", e.citedBy());
        }

        @Override
        public Map<String, Object> publicationProposed(CaseReviewPublicationProposed e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "version",
                    e.version() > 0 ? e.version() : null, "tier", e.tier(), "snapshot", e.snapshot(), "proposedBy",
                    e.proposedBy());
        }

        @Override
        public Map<String, Object> published(CaseReviewPublished e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "version",
                    e.version() > 0 ? e.version() : null, "tier", e.tier(), "snapshot", e.snapshot(), "approverId",
                    e.approverId());
        }

        @Override
        public Map<String, Object> withdrawn(CaseReviewWithdrawn e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "withdrawnBy",
                    e.withdrawnBy());
        }

        @Override
        public Map<String, Object> erased(CaseReviewErased e) {
            return RequiredFields.of("caseReviewId", e.caseReviewId(), "regionId", e.regionId(), "erasure",
                    e.erasure(), "erasure.role", e.erasure() == null ? null : e.erasure().role());
        }
    }
}
