package org.learningledger.query.intake;

/**
 * A record whose content can never be applied (unreadable JSON, unknown type, missing field,
 * data the read model refuses). Retrying cannot help, so the intake dead-letters it.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }

    public RejectedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
