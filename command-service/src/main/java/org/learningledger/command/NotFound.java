package org.learningledger.command;

/**
 * The record does not exist, or the acting user may not see it: both answer alike (404, the same
 * problem document byte for byte), so that a stranger learns nothing of another team's ids.
 * Decided before any event is applied.
 */
public class NotFound extends RuntimeException {

    public NotFound() {
        super("No such resource.");
    }
}
