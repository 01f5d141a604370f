package org.learningledger.command.forwarding;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A learning's stored events, read from the event store (its own state is the source of its public
 * state), so a record on the public topic depends only on the store: a rebuild yields the same
 * latest records.
 */
@FunctionalInterface
interface LearningHistory {

    /** All events stored so far for aggregate {@code learningId}, in order. */
    List<? extends DomainEventMessage<?>> of(String learningId);
}
