package org.learningledger.query;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Events in the order a test writes them: each aggregate's next sequence number, one minute apart. */
final class Timeline {

    private final Map<UUID, Long> nextSequence = new HashMap<>();
    private long minute;

    ProducerRecord<String, byte[]> event(UUID aggregate, Object payload) {
        long sequence = nextSequence.merge(aggregate, 1L, Long::sum) - 1;
        return Envelopes.record(aggregate, sequence, ++minute, payload);
    }

    /** When the last event written occurred. */
    String lastAt() {
        return Envelopes.at(minute).toString();
    }
}
