package org.learningledger.query;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.learningledger.events.DomainEvent;
import org.learningledger.events.content.SealingKeys;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Events in the order a test writes them: each aggregate's next sequence number, one minute apart. */
final class Timeline {

    private final Map<UUID, Long> nextSequence = new HashMap<>();
    private long minute;

    ProducerRecord<String, byte[]> event(UUID aggregate, Object payload) {
        long sequence = nextSequence.merge(aggregate, 1L, Long::sum) - 1;
        return Envelopes.record(aggregate, sequence, ++minute, payload);
    }

    /** As {@link #event}, its personal text sealed under keys of {@code keys} as the command side seals it. */
    ProducerRecord<String, byte[]> sealed(UUID aggregate, DomainEvent payload, SealingKeys keys) {
        long sequence = nextSequence.merge(aggregate, 1L, Long::sum) - 1;
        return Envelopes.sealed(aggregate, sequence, ++minute, payload, keys);
    }

    /** When the last event written occurred. */
    String lastAt() {
        return Envelopes.at(minute).toString();
    }
}
