package org.learningledger.command.lesson;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
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
import org.learningledger.command.lesson.LessonCommands.ApproveLesson;
import org.learningledger.command.lesson.LessonCommands.DraftLesson;
import org.learningledger.command.lesson.LessonCommands.EraseLesson;
import org.learningledger.command.organisation.RegionId;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.lesson.LessonApproved;
import org.learningledger.events.lesson.LessonDrafted;
import org.learningledger.events.lesson.LessonErased;

/**
 * A de-identified lesson a reviewer writes from a confidential report: seen by the region's reviewers
 * only, until a second reviewer approves it, which publishes it to its tier. Once erased (a reviewer of
 * the region, or an administrator on a data-subject request) it takes no new text and is not approved.
 */
@Aggregate
public class Lesson {

    @AggregateIdentifier
    private UUID id;
    private LessonDrafted draft;
    private boolean approved;
    private boolean otherRecord;
    /** Its texts are gone and its key deleted: it takes no new text. */
    private boolean erased;
    private Instant erasedAt;

    protected Lesson() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraftLesson command) {
        LessonRules.mayDraftFrom(command.reportRegion(), command.reportErased(), command.reviewerships());
        if (otherRecord) {
            throw IdTaken.byAnotherRecord();
        }
        LessonRules.notErased(erased);
        LessonDrafted asked = new LessonDrafted(command.lessonId().value(), command.reportId(),
                command.reportRegion().value(), command.reviewer().value(), command.title(), command.summary(),
                command.practice(), command.tier());
        if (draft != null && LessonRules.isRetry(draft, asked)) {
            return;
        }
        LessonRules.deidentified(command.title(), command.summary(), command.practice());
        apply(asked);
    }

    /** Approving an approved lesson changes nothing: it was published once. */
    @CommandHandler
    void handle(ApproveLesson command) {
        if (otherRecord || draft == null) {
            throw new NotFound();
        }
        command.reviewerships().requireReviews(new RegionId(draft.regionId()));
        LessonRules.notErased(erased);
        if (approved) {
            return;
        }
        LessonRules.secondReviewer(draft, command.approver());
        apply(new LessonApproved(id, draft.reportId(), draft.regionId(), command.approver().value(), draft.tier(),
                draft.title(), draft.summary(), draft.practice()));
    }

    /** Erases the lesson's texts, drafted or approved; the fact of its approval stays. Answers when. */
    @CommandHandler
    Instant handle(EraseLesson command) {
        if (otherRecord || draft == null) {
            throw new NotFound();
        }
        ErasureRules.mayErase(command.erasure(), command.reviewerships(), new RegionId(draft.regionId()));
        ErasureRules.notErasedYet(erased);
        ErasureRules.encrypted(command.encrypted());
        apply(new LessonErased(id, draft.reportId(), draft.regionId(), command.erasure()));
        return erasedAt;
    }

    /** Another kind of record's event under this id (ids are client-chosen): see {@link IdTaken}. */
    @EventSourcingHandler
    void on(DomainEvent event, @SourceId String aggregate) {
        id = UUID.fromString(aggregate); // Axon needs an identifier after the first event
        otherRecord = true;
    }

    @EventSourcingHandler
    void on(LessonDrafted event) {
        id = event.lessonId();
        draft = event;
    }

    @EventSourcingHandler
    void on(LessonApproved event) {
        approved = true;
    }

    @EventSourcingHandler
    void on(LessonErased event, @Timestamp Instant at) {
        erased = true;
        erasedAt = at;
    }
}
