package org.learningledger.events.learning;

import java.util.UUID;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.NotPersonal;
import org.learningledger.events.organisation.OrganisationEvent;

/**
 * A note of a learning was erased: the team's withdrawal reason ({@code stewardId} null) or the
 * endorsement note of the steward {@code stewardId}; its data key is deleted, the withdrawal or the
 * endorsement itself stands. {@code regionId} and {@code tier} say where the note was visible (the
 * withdrawal's or the endorsement's), so the fact "erased" shows where the text did.
 */
public record LearningNoteErased(UUID learningId, UUID teamId, NoteKind kind,
                                 @NotPersonal(OrganisationEvent.ACCOUNT) String stewardId, UUID regionId, Tier tier,
                                 Erasure erasure) implements LearningEvent {

    @Override
    public <R> R handle(LearningEvent.Handler<R> handler) {
        return handler.learningNoteErased(this);
    }
}
