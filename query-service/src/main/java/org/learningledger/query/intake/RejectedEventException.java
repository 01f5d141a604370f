package org.learningledger.query.intake;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

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

    /**
     * The shape every projection checks first: no required field missing, and the event about the
     * aggregate it travels as. {@code about} is read only once no field is missing (the id may be one).
     */
    public static void unlessWellFormed(LedgerEvent event, String type, List<String> missing, Supplier<UUID> about) {
        if (!missing.isEmpty()) {
            throw new RejectedEventException(type + " lacks required fields " + missing);
        }
        UUID id = about.get();
        if (!id.equals(event.aggregateId())) {
            throw new RejectedEventException(type + " is about " + id + " but travels as aggregate " + event.aggregateId());
        }
    }
}
