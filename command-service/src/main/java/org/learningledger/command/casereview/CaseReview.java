package org.learningledger.command.casereview;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.learningledger.command.IdTaken;
import org.learningledger.command.NotFound;
import org.learningledger.command.casereview.CaseReviewCommands.AddParticipant;
import org.learningledger.command.casereview.CaseReviewCommands.ApprovePublication;
import org.learningledger.command.casereview.CaseReviewCommands.CiteLearning;
import org.learningledger.command.casereview.CaseReviewCommands.EraseCaseReview;
import org.learningledger.command.casereview.CaseReviewCommands.LinkExperiment;
import org.learningledger.command.casereview.CaseReviewCommands.OpenCaseReview;
import org.learningledger.command.casereview.CaseReviewCommands.ProposePublication;
import org.learningledger.command.casereview.CaseReviewCommands.RaiseBoardIssue;
import org.learningledger.command.casereview.CaseReviewCommands.RecordAddendum;
import org.learningledger.command.casereview.CaseReviewCommands.RecordEpisode;
import org.learningledger.command.casereview.CaseReviewCommands.RecordFinding;
import org.learningledger.command.casereview.CaseReviewCommands.RemoveParticipant;
import org.learningledger.command.casereview.CaseReviewCommands.WithdrawCaseReview;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.erasure.UnknownItem;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.organisation.Reviewerships;
import org.learningledger.command.organisation.UserId;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.casereview.AddendumRecorded;
import org.learningledger.events.casereview.BoardIssueRaised;
import org.learningledger.events.casereview.CaseReviewErased;
import org.learningledger.events.casereview.CaseReviewOpened;
import org.learningledger.events.casereview.CaseReviewParticipantAdded;
import org.learningledger.events.casereview.CaseReviewParticipantRemoved;
import org.learningledger.events.casereview.CaseReviewPublicationProposed;
import org.learningledger.events.casereview.CaseReviewPublished;
import org.learningledger.events.casereview.CaseReviewSnapshot;
import org.learningledger.events.casereview.CaseReviewWithdrawn;
import org.learningledger.events.casereview.EpisodeRecorded;
import org.learningledger.events.casereview.FindingCitedLearning;
import org.learningledger.events.casereview.FindingLinkedToExperiment;
import org.learningledger.events.casereview.FindingRecorded;
import org.learningledger.events.casereview.ParticipantRole;

/**
 * A case review, led by a learning reviewer of its region: private to its participants and the region's
 * reviewers until a second reviewer approves a de-identified snapshot of its findings and issues.
 * Corrections are addenda; nothing recorded is edited.
 */
@Aggregate
public class CaseReview {

    @AggregateIdentifier
    private UUID id;
    private CaseReviewOpened opened;
    private RegionId region;
    private final Map<String, ParticipantRole> participants = new HashMap<>();
    private final Workspace workspace = new Workspace();
    private final Publications publications = new Publications();
    private boolean erased;
    private Instant erasedAt;
    private boolean otherRecord;

    protected CaseReview() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenCaseReview c) {
        CaseReviewRules.mayOpen(c.regionId(), c.reviewerships());
        if (otherRecord) {
            throw IdTaken.byAnotherRecord();
        }
        CaseReviewOpened asked = new CaseReviewOpened(c.caseReviewId().value(), c.regionId().value(), c.lead().value(),
                c.kind(), c.title());
        if (CaseReviewRules.isNew(opened, asked)) {
            apply(asked);
        }
    }

    @CommandHandler
    void handle(AddParticipant c) {
        manage(c.actor(), c.reviewerships());
        CaseReviewRules.knownUser(c.userKnown());
        if (participants.get(c.userId().value()) != c.role()) {
            apply(new CaseReviewParticipantAdded(id, region.value(), c.userId().value(), c.role(), c.actor().value()));
        }
    }

    @CommandHandler
    void handle(RemoveParticipant c) {
        manage(c.actor(), c.reviewerships());
        if (participants.containsKey(c.userId().value())) {
            apply(new CaseReviewParticipantRemoved(id, region.value(), c.userId().value(), c.actor().value()));
        }
    }

    @CommandHandler
    void handle(RecordEpisode c) {
        contribute(c.actor(), c.reviewerships());
        record(c.episodeId(), new EpisodeRecorded(id, region.value(), c.episodeId(), c.occurredOn(), c.whatHappened(),
                c.whyItMadeSense(), c.actor().value()));
    }

    @CommandHandler
    void handle(RecordFinding c) {
        contribute(c.actor(), c.reviewerships());
        CaseReviewRules.hasFactor(c.factors());
        record(c.findingId(), new FindingRecorded(id, region.value(), c.findingId(), c.text(), c.factors(),
                c.goodPractice(), c.actor().value()));
    }

    @CommandHandler
    void handle(RaiseBoardIssue c) {
        contribute(c.actor(), c.reviewerships());
        CaseReviewRules.namesNoOne(c.question());
        record(c.issueId(), new BoardIssueRaised(id, region.value(), c.issueId(), c.question(), c.actor().value()));
    }

    @CommandHandler
    void handle(RecordAddendum c) {
        contribute(c.actor(), c.reviewerships());
        CaseReviewRules.itemOfThisReview(c.refersTo(), workspace.correctable());
        record(c.addendumId(), new AddendumRecorded(id, region.value(), c.addendumId(), c.refersTo(), c.text(),
                c.actor().value()));
    }

    /** Linking again changes nothing. */
    @CommandHandler
    void handle(LinkExperiment c) {
        exists();
        boolean sees = participants.containsKey(c.actor().value()) || c.reviewerships().reviews(region);
        CaseReviewRules.mayLink(sees, publications.showsFinding(c.findingId()), publications.tier(), region,
                c.experimentTeam(), c.memberships());
        CaseReviewRules.notErased(erased);
        if (!workspace.hasFinding(c.findingId())) {
            throw new UnknownItem("findingId", "finding-of-this-review", "names no finding of this case review");
        }
        if (!workspace.linked(c.findingId(), c.experimentId())) {
            apply(new FindingLinkedToExperiment(id, region.value(), c.findingId(), c.experimentId(), c.experimentTeam(),
                    c.actor().value()));
        }
    }

    /** Answers whether the cite is new: citing again changes nothing. The snapshot stays as it is. */
    @CommandHandler
    boolean handle(CiteLearning c) {
        contribute(c.actor(), c.reviewerships());
        if (!workspace.hasFinding(c.findingId())) {
            throw new UnknownItem("findingId", "finding-of-this-review", "names no finding of this case review");
        }
        if (workspace.cites(c.findingId(), c.learningId())) {
            return false;
        }
        CaseReviewRules.mayCite(c.learningId(), c.learning(), region);
        apply(new FindingCitedLearning(id, region.value(), c.findingId(), c.learningId(), c.actor().value()));
        return true;
    }

    /** Answers the proposal's version; the same snapshot and tier again answers the standing one. */
    @CommandHandler
    int handle(ProposePublication c) {
        publisher(c.actor(), c.reviewerships());
        CaseReviewSnapshot snapshot = workspace.snapshot(opened.title());
        CaseReviewRules.publishable(snapshot);
        int latest = publications.latest();
        if (publications.standsFor(c.tier(), snapshot)) {
            return latest;
        }
        apply(new CaseReviewPublicationProposed(id, region.value(), latest + 1, c.tier(), snapshot, c.actor().value()));
        return latest + 1;
    }

    /** Approving an approved version changes nothing: it was published once. */
    @CommandHandler
    void handle(ApprovePublication c) {
        publisher(c.actor(), c.reviewerships());
        CaseReviewPublicationProposed proposal = publications.proposal(c.version());
        if (proposal == null) {
            throw new UnknownItem("version", "proposed-version", "names no proposal of this case review");
        }
        if (publications.approved(c.version())) {
            return;
        }
        CaseReviewRules.latest(c.version(), publications.latest());
        CaseReviewRules.secondReviewer(proposal, c.actor());
        apply(new CaseReviewPublished(id, region.value(), c.version(), proposal.tier(), proposal.snapshot(),
                c.actor().value()));
    }

    /** Withdrawing a withdrawn review changes nothing. */
    @CommandHandler
    void handle(WithdrawCaseReview c) {
        publisher(c.actor(), c.reviewerships());
        if (publications.tier() == null && publications.everApproved()) {
            return;
        }
        CaseReviewRules.published(publications.tier() != null);
        apply(new CaseReviewWithdrawn(id, region.value(), c.actor().value(), c.reason()));
    }

    /** Erases every text of the review, every version included; the facts stay. Answers when. */
    @CommandHandler
    Instant handle(EraseCaseReview c) {
        exists();
        ErasureRules.mayErase(c.erasure(), c.reviewerships(), region);
        ErasureRules.notErasedYet(erased);
        ErasureRules.encrypted(c.encrypted());
        apply(new CaseReviewErased(id, region.value(), workspace.itemIds(), c.erasure()));
        return erasedAt;
    }

    private void exists() {
        if (otherRecord || opened == null) {
            throw new NotFound();
        }
    }

    private void manage(UserId actor, Reviewerships reviewerships) {
        exists();
        CaseReviewRules.mayManageParticipants(actor, opened.leadId(), participants.keySet(), region, reviewerships);
    }

    private void contribute(UserId actor, Reviewerships reviewerships) {
        exists();
        CaseReviewRules.seesWorkspace(actor, participants.keySet(), region, reviewerships);
        CaseReviewRules.notErased(erased);
    }

    private void publisher(UserId actor, Reviewerships reviewerships) {
        exists();
        CaseReviewRules.mayPublish(actor, participants.keySet(), region, reviewerships);
        CaseReviewRules.notErased(erased);
    }

    private void record(UUID itemId, Object asked) {
        if (CaseReviewRules.isNew(workspace.recorded(itemId), asked)) {
            apply(asked);
        }
    }

    /** Another kind of record's event under this id (ids are client-chosen): see {@link IdTaken}. */
    @EventSourcingHandler
    void on(DomainEvent event, @SourceId String aggregate) {
        id = UUID.fromString(aggregate); // Axon needs an identifier after the first event
        otherRecord = true;
    }

    @EventSourcingHandler
    void on(CaseReviewOpened e) {
        id = e.caseReviewId();
        region = new RegionId(e.regionId());
        opened = e;
        participants.put(e.leadId(), ParticipantRole.REVIEW_TEAM); // the lead is on the review team until removed
    }

    @EventSourcingHandler
    void on(CaseReviewParticipantAdded e) {
        participants.put(e.userId(), e.role());
    }

    @EventSourcingHandler
    void on(CaseReviewParticipantRemoved e) {
        participants.remove(e.userId());
    }

    @EventSourcingHandler
    void on(EpisodeRecorded e) {
        workspace.add(e);
    }

    @EventSourcingHandler
    void on(FindingRecorded e) {
        workspace.add(e);
    }

    @EventSourcingHandler
    void on(BoardIssueRaised e) {
        workspace.add(e);
    }

    @EventSourcingHandler
    void on(AddendumRecorded e) {
        workspace.add(e);
    }

    @EventSourcingHandler
    void on(FindingLinkedToExperiment e) {
        workspace.link(e.findingId(), e.experimentId());
    }

    @EventSourcingHandler
    void on(FindingCitedLearning e) {
        workspace.cite(e.findingId(), e.learningId());
    }

    @EventSourcingHandler
    void on(CaseReviewPublicationProposed e) {
        publications.proposed(e);
    }

    @EventSourcingHandler
    void on(CaseReviewPublished e) {
        publications.published(e);
    }

    @EventSourcingHandler
    void on(CaseReviewWithdrawn e) {
        publications.hidden();
    }

    @EventSourcingHandler
    void on(CaseReviewErased e, @Timestamp Instant at) {
        erased = true;
        erasedAt = at;
        publications.hidden();
    }
}
