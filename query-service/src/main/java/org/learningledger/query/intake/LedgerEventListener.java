package org.learningledger.query.intake;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.learningledger.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code ledger.events} in batches into the read models. On assignment it seeks to the
 * positions stored with the read model, so the database, not Kafka's committed offsets, says
 * where to resume.
 */
@Component
public class LedgerEventListener extends AbstractConsumerSeekAware {

    /** The listener container's id, for the {@code KafkaListenerEndpointRegistry}. */
    public static final String ID = "ledger-events-intake";

    private static final Logger log = LoggerFactory.getLogger(LedgerEventListener.class);

    private final EventIntake intake;
    private final ConsumerPositions positions;

    LedgerEventListener(EventIntake intake, ConsumerPositions positions) {
        this.intake = intake;
        this.positions = positions;
    }

    // Deserializers and offset reset are part of how this listener works, so they live here, not in config.
    @KafkaListener(id = ID, topics = Topics.EVENTS, batch = "true",
            groupId = "${ledger.query.intake.group-id:ledger-query}",
            concurrency = "${ledger.query.intake.concurrency:1}",
            properties = {
                "auto.offset.reset=earliest",
                "key.deserializer=org.apache.kafka.common.serialization.StringDeserializer",
                "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer"})
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        intake.apply(records);
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        Map<TopicPartition, Long> stored;
        try {
            stored = positions.read(assignments.keySet());
        } catch (DataAccessException e) {
            // Replaying from the start is harmless (copies are dropped); resuming too far is not.
            log.warn("Cannot read stored positions, replaying {} from the beginning", assignments.keySet(), e);
            stored = Map.of();
        }
        for (TopicPartition tp : assignments.keySet()) {
            Long next = stored.get(tp);
            if (next == null) {
                callback.seekToBeginning(tp.topic(), tp.partition());
            } else {
                callback.seek(tp.topic(), tp.partition(), next);
            }
        }
        log.info("Assigned {}, resuming at stored positions {}", assignments.keySet(), stored);
    }
}
