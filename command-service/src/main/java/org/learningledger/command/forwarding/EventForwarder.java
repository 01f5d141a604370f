package org.learningledger.command.forwarding;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.learningledger.events.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Forwards every stored event, in store order, to {@link Topics#EVENTS}, keyed by aggregate id so
 * each aggregate's events stay in order on one partition. The event store is the outbox: this runs
 * in a tracking event processor whose token moves only when Kafka acknowledged the whole batch
 * ({@link BatchAcks}); after a crash the batch is sent again, and readers drop the copies.
 */
@Component
@ProcessingGroup(EventForwarder.GROUP)
class EventForwarder {

    static final String GROUP = "kafka-forwarder";

    private final KafkaTemplate<String, byte[]> kafka;
    private final BatchAcks acks;
    private final Serializer storage;

    /** {@code storage}: the event serializer, so the envelope carries the stored (sealed) text, see Envelopes. */
    EventForwarder(KafkaTemplate<String, byte[]> kafka, BatchAcks acks, @Qualifier("eventSerializer") Serializer storage) {
        this.kafka = kafka;
        this.acks = acks;
        this.storage = storage;
    }

    @EventHandler
    void forward(Object payload, DomainEventMessage<?> message, TrackingToken token) {
        byte[] envelope = Envelopes.toJson(message, token, storage);
        acks.awaitBeforeCommit(kafka.send(Topics.EVENTS, message.getAggregateIdentifier(), envelope));
    }
}
