package org.learningledger.query.intake;

import java.util.List;

/**
 * A projection that can take a batch's new events at once and write them with a few statements
 * instead of some per event. The intake calls {@link #applyAll} after the event-by-event
 * projections have applied the whole batch, so it must read no other projection's tables, and no
 * other projection may read its tables while applying. {@link #apply} stays in use (a batch with a
 * bad record is applied record by record) and does what {@code applyAll(List.of(event))} does.
 */
public interface BatchProjection extends Projection {

    /**
     * Applies the batch's new events, in order.
     *
     * @throws RejectedEventException when one of them cannot be applied; the intake then applies the
     *     batch record by record to find it
     */
    void applyAll(List<LedgerEvent> events);

    /** One event is a batch of one, so both paths run the same code. */
    @Override
    default void apply(LedgerEvent event) {
        applyAll(List.of(event));
    }
}
