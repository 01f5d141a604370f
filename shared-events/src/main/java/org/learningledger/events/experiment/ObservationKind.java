package org.learningledger.events.experiment;

/** What an observation is: a note, a measure, or the voice of a child or a family. */
public enum ObservationKind {
    NOTE, MEASURE, CHILD_VOICE, FAMILY_VOICE
}
