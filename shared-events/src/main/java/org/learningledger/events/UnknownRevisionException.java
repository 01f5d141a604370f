package org.learningledger.events;

/**
 * A stored event names a revision this build cannot read: written by a newer release, or a step of
 * its evolution is missing. Its reader must stop on it (fail closed), never read it half.
 */
public class UnknownRevisionException extends RuntimeException {

    public UnknownRevisionException(String message) {
        super(message);
    }
}
