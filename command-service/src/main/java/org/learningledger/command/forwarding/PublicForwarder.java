package org.learningledger.command.forwarding;

import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.learningledger.events.Topics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Feeds the public topic {@link Topics#PUBLISHED} from the event store, with what {@link PublicEvents}
 * lets through, as structured-mode CloudEvents keyed by learning id (the topic is compacted by it).
 * A learning's state is folded from its own stored events, so a replay writes the same latest
 * records. Same delivery contract as {@link EventForwarder}: the token
 * moves only after Kafka acknowledged the batch.
 */
@Component
@ProcessingGroup(PublicForwarder.GROUP)
class PublicForwarder {

    static final String GROUP = "public-forwarder";

    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
    private final KafkaTemplate<String, byte[]> kafka;
    private final BatchAcks acks;
    private final PublicEvents publicEvents;
    private final LearningHistory history;

    PublicForwarder(KafkaTemplate<String, byte[]> kafka, BatchAcks acks, EventStore store,
                    @Value("${ledger.public.schema-base-url}") URI schemaBase) {
        this.kafka = kafka;
        this.acks = acks;
        this.publicEvents = new PublicEvents(schemaBase);
        // from sequence 0, never from a snapshot: the fold needs the events themselves
        this.history = learningId -> store.readEvents(learningId, 0L).asStream().toList();
    }

    @EventHandler
    void forward(Object payload, EventMessage<?> message) {
        publicEvents.of(message, history).ifPresent(event -> {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PUBLISHED, event.getSubject(),
                    format.serialize(event));
            record.headers().add("content-type", JsonFormat.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            acks.awaitBeforeCommit(kafka.send(record));
        });
    }
}
