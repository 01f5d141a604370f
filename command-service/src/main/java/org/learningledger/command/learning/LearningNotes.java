package org.learningledger.command.learning;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.learningledger.command.erasure.ErasureRules;
import org.learningledger.command.erasure.UnknownItem;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.learning.LearningEndorsed;
import org.learningledger.events.learning.LearningNoteErased;
import org.learningledger.events.learning.LearningWithdrawn;
import org.learningledger.events.learning.NoteKind;
import org.learningledger.events.learning.Tier;

/**
 * A learning's notes, as its events tell them: the withdrawal's reason and each steward's endorsement
 * note, where each was visible, and whether it was erased. Its key being gone, an erased note loads as
 * null, so "has a note" is whether the event carried one when it was made or an erasure followed.
 */
final class LearningNotes {

    /** Where one note was visible, whether it had any text, whether that was erased. */
    private record Note(UUID regionId, Tier tier, boolean text, boolean erased) {
        Note erase() {
            return new Note(regionId, tier, text, true);
        }
    }

    private Note withdrawal;
    private final Map<String, Note> endorsements = new HashMap<>();

    void withdrawn(LearningWithdrawn e) {
        withdrawal = new Note(e.regionId(), e.tier(), e.reason() != null, false);
    }

    void endorsed(LearningEndorsed e) {
        endorsements.putIfAbsent(e.stewardId(), new Note(e.regionId(), e.tier(), e.note() != null, false));
    }

    void erased(LearningNoteErased e) {
        if (e.kind() == NoteKind.WITHDRAWAL_REASON) {
            withdrawal = withdrawal == null ? null : withdrawal.erase();
        } else {
            endorsements.computeIfPresent(e.stewardId(), (steward, note) -> note.erase());
        }
    }

    boolean endorsedBy(String steward) {
        return endorsements.containsKey(steward);
    }

    /**
     * The erasure of the note of {@code kind} (the steward's for an endorsement): unknown -> 404 naming
     * the field, erased before -> 409, stored in clear (no key) -> 409; else the event, whose erasure is
     * {@code erasure}.
     */
    LearningNoteErased erase(UUID learning, UUID team, NoteKind kind, String steward, boolean encrypted,
                             Erasure erasure) {
        boolean withdrawalReason = kind == NoteKind.WITHDRAWAL_REASON;
        Note note = withdrawalReason ? withdrawal : endorsements.get(steward);
        if (note == null) {
            throw withdrawalReason
                    ? new UnknownItem("item", "known-note", "must name a note of this learning: it was not withdrawn")
                    : new UnknownItem("stewardId", "endorsing-steward",
                            "must name a steward who endorsed this learning");
        }
        ErasureRules.notErasedYet(note.erased());
        if (!note.text()) {
            throw withdrawalReason
                    ? new UnknownItem("item", "known-note",
                            "must name a note of this learning: it was withdrawn without a reason")
                    : new UnknownItem("stewardId", "endorsement-with-note",
                            "must name a steward whose endorsement of this learning has a note");
        }
        ErasureRules.encrypted(encrypted);
        return new LearningNoteErased(learning, team, kind, withdrawalReason ? null : steward, note.regionId(),
                note.tier(), erasure);
    }
}
