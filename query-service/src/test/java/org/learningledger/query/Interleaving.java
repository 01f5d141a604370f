package org.learningledger.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Events of many aggregates in one random order that keeps each aggregate's own order, as the
 * command side's publisher may interleave them. Sequence numbers continue across batches.
 */
final class Interleaving {

    private final Map<UUID, Long> nextSequence = new LinkedHashMap<>();
    private Map<UUID, Deque<ProducerRecord<String, byte[]>>> queues = new LinkedHashMap<>();

    /** Appends the aggregate's next event, occurring at T0 + minutes. */
    void add(UUID aggregate, long minutes, Object payload) {
        long sequence = nextSequence.merge(aggregate, 1L, Long::sum) - 1;
        queues.computeIfAbsent(aggregate, a -> new ArrayDeque<>()).add(Envelopes.record(aggregate, sequence, minutes, payload));
    }

    /** Everything added since the last batch, shuffled across aggregates. */
    List<ProducerRecord<String, byte[]>> nextBatch(Random random) {
        List<Deque<ProducerRecord<String, byte[]>>> pending = new ArrayList<>(queues.values());
        queues = new LinkedHashMap<>();
        List<ProducerRecord<String, byte[]>> batch = new ArrayList<>();
        while (!pending.isEmpty()) {
            int pick = random.nextInt(pending.size());
            batch.add(pending.get(pick).poll());
            if (pending.get(pick).isEmpty()) {
                pending.remove(pick);
            }
        }
        return batch;
    }
}
