package org.learningledger.events.learning;

import java.util.UUID;
import org.learningledger.events.DomainEvent;

/** The events of one learning, owned by a team: drafts, publications, withdrawal, stewards' responses. */
public sealed interface LearningEvent extends DomainEvent
        permits LearningDrafted, LearningRevised, LearningPublished, LearningWithdrawn, LearningEndorsed,
        TeamInvitedToPublish, LearningRevisionErased, LearningNoteErased {

    UUID learningId();

    UUID teamId();

    <R> R handle(Handler<R> handler);

    /** One answer per event of the family: adding an event adds a method here. */
    interface Handler<R> {
        R learningDrafted(LearningDrafted event);

        R learningRevised(LearningRevised event);

        R learningPublished(LearningPublished event);

        R learningWithdrawn(LearningWithdrawn event);

        R learningEndorsed(LearningEndorsed event);

        R teamInvitedToPublish(TeamInvitedToPublish event);

        R learningRevisionErased(LearningRevisionErased event);

        R learningNoteErased(LearningNoteErased event);
    }
}
