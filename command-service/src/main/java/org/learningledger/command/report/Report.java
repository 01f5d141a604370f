package org.learningledger.command.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.command.report.ReportCommands.AddToReport;
import org.learningledger.command.report.ReportCommands.EraseReport;
import org.learningledger.command.report.ReportCommands.ReplyToReport;
import org.learningledger.command.report.ReportCommands.SubmitReport;
import org.learningledger.command.report.ReportCommands.TriageReport;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.report.ReportAdded;
import org.learningledger.events.report.ReportErased;
import org.learningledger.events.report.ReportReplied;
import org.learningledger.events.report.ReportState;
import org.learningledger.events.report.ReportSubmitted;
import org.learningledger.events.report.ReportTriaged;

/**
 * A confidential report: submitted by someone the ledger does not record, added to by the holder of its
 * receipt, triaged and answered by the reviewers of its region. To anyone else it is not there. Once
 * erased (a reviewer of the region, or an administrator on a data-subject request) it takes no new text.
 */
@Aggregate
public class Report {

    @AggregateIdentifier
    private UUID id;
    private RegionId region;
    private ReportState state;
    /** The last triage's reason: the same state and reason again is a retry, not news. */
    private String reason;
    // In order, so the erasure lists them as they came; the texts are kept to tell a retry from a conflict.
    private final Map<UUID, String> additions = new LinkedHashMap<>();
    private final Map<UUID, String> replies = new LinkedHashMap<>();
    private boolean otherRecord;
    /** Its texts are gone and its key deleted: it takes no new text. */
    private boolean erased;
    private Instant erasedAt;

    protected Report() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SubmitReport command) {
        notAnotherRecord();
        ReportRules.notSubmittedYet(state != null);
        ReportRules.mayReport(command.reporterKnown(), command.regionRegistered());
        apply(new ReportSubmitted(command.reportId().value(), command.regionId().value(), command.kind(),
                command.whatHappened(), command.whatHelped(), command.whatCouldChange(), command.receiptHash()));
    }

    @CommandHandler
    void handle(AddToReport command) {
        exists();
        ReportRules.notErased(erased);
        if (ReportRules.isNew(additions, command.additionId(), command.text())) {
            apply(new ReportAdded(id, region.value(), command.additionId(), command.text()));
        }
    }

    @CommandHandler
    void handle(ReplyToReport command) {
        exists();
        command.reviewerships().requireReviews(region);
        ReportRules.notErased(erased);
        if (ReportRules.isNew(replies, command.replyId(), command.text())) {
            apply(new ReportReplied(id, region.value(), command.replyId(), command.reviewer().value(), command.text()));
        }
    }

    @CommandHandler
    void handle(TriageReport command) {
        exists();
        command.reviewerships().requireReviews(region);
        ReportRules.notErased(erased);
        ReportRules.mayTriageTo(command.state());
        if (command.state() == state && command.reason().equals(reason)) {
            return;
        }
        apply(new ReportTriaged(id, region.value(), command.state(), command.reviewer().value(), command.reason()));
    }

    /** Erases every text of the report, the additions and replies listed; answers when. */
    @CommandHandler
    Instant handle(EraseReport command) {
        exists();
        ErasureRules.mayErase(command.erasure(), command.reviewerships(), region);
        ErasureRules.notErasedYet(erased);
        ErasureRules.encrypted(command.encrypted());
        apply(new ReportErased(id, region.value(), new ArrayList<>(additions.keySet()),
                new ArrayList<>(replies.keySet()), command.erasure()));
        return erasedAt;
    }

    /** Another kind of record under this id, or none at all: nothing to add to, reply to or triage. */
    private void exists() {
        if (otherRecord || state == null) {
            throw new NotFound();
        }
    }

    private void notAnotherRecord() {
        if (otherRecord) {
            throw IdTaken.byAnotherRecord();
        }
    }

    /** Another kind of record's event under this id (ids are client-chosen): see {@link IdTaken}. */
    @EventSourcingHandler
    void on(DomainEvent event, @SourceId String aggregate) {
        id = UUID.fromString(aggregate); // Axon needs an identifier after the first event
        otherRecord = true;
    }

    @EventSourcingHandler
    void on(ReportSubmitted event) {
        id = event.reportId();
        region = new RegionId(event.regionId());
        state = ReportState.NEW;
    }

    @EventSourcingHandler
    void on(ReportAdded event) {
        additions.put(event.additionId(), event.text());
    }

    @EventSourcingHandler
    void on(ReportReplied event) {
        replies.put(event.replyId(), event.text());
    }

    @EventSourcingHandler
    void on(ReportTriaged event) {
        state = event.state();
        reason = event.reason();
    }

    @EventSourcingHandler
    void on(ReportErased event, @Timestamp Instant at) {
        erased = true;
        erasedAt = at;
        reason = null;
    }
}
