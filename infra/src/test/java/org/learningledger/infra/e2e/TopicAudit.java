package org.learningledger.infra.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.Topics;
import tools.jackson.databind.JsonNode;

/**
 * Reads the whole {@code ledger.events} topic (no consumer group) and checks what the forwarder promises: per
 * aggregate, each sequence number first appears right after its predecessor. Copies of a re-sent batch are allowed
 * (readers drop them) and counted.
 */
final class TopicAudit {

    record Record(int partition, long offset, UUID aggregate, long sequence, long globalIndex, String type, JsonNode payload) {
    }

    final List<Record> records = new ArrayList<>();
    final List<String> outOfOrder = new ArrayList<>();
    int copies;

    static TopicAudit read(String bootstrap) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        TopicAudit audit = new TopicAudit();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode e = LedgerJson.mapper().readTree(r.value());
                    audit.records.add(new Record(r.partition(), r.offset(), UUID.fromString(e.path("aggregateId").asString()),
                            e.path("sequence").asLong(), e.path("globalIndex").asLong(), e.path("type").asString(), e.path("payload")));
                }
            }
        }
        audit.check();
        return audit;
    }

    /** The next offset to be written, per partition. */
    static Map<Integer, Long> endOffsets(String bootstrap) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<Integer, Long> end = new HashMap<>();
            consumer.endOffsets(partitions).forEach((tp, offset) -> end.put(tp.partition(), offset));
            return end;
        }
    }

    private void check() {
        Map<UUID, Long> highest = new HashMap<>();
        for (Record r : records) {
            long before = highest.getOrDefault(r.aggregate(), -1L);
            if (r.sequence() <= before) {
                copies++;
            } else if (r.sequence() != before + 1) {
                outOfOrder.add(r.aggregate() + ": sequence " + r.sequence() + " after " + before + " (offset "
                        + r.partition() + "@" + r.offset() + ")");
            }
            highest.merge(r.aggregate(), r.sequence(), Math::max);
        }
    }
}
