package org.learningledger.query.intake;

/**
 * A read model fed by the intake. The intake calls every projection once per new event (never
 * for a copy it already applied), in {@code @Order}, inside the transaction that also records the
 * event as applied. A projection ignores event types it does not keep. One that reads another
 * projection's tables sees them as of the event it applies. A projection may take whole batches
 * instead: see {@link BatchProjection}.
 */
public interface Projection {

    /**
     * Applies one event.
     *
     * @throws RejectedEventException when the event's data cannot be applied; the intake then
     *     dead-letters the record and goes on
     */
    void apply(LedgerEvent event);
}
