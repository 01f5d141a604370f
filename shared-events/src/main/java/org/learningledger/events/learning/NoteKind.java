package org.learningledger.events.learning;

/** Which note of a learning: the team's reason for withdrawing it, or one steward's endorsement note. */
public enum NoteKind { WITHDRAWAL_REASON, ENDORSEMENT_NOTE }
