package org.learningledger.command;

/**
 * Client-chosen ids are unique across kinds of record: an aggregate that finds another kind's
 * events under its id refuses the command (409) instead of appending its own events to that history.
 */
public final class IdTaken {

    private IdTaken() {
    }

    public static RuleViolation byAnotherRecord() {
        return new RuleViolation("id-already-used",
                "This id already belongs to another kind of record; choose a new id.");
    }
}
