package org.learningledger.infra.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.Topics;

/**
 * Splits end-to-end latency: for records sent since {@code sinceMillis}, the time from the event's own timestamp
 * (taken when the command applied it) to the record's Kafka timestamp (when the forwarder sent it). What remains
 * of the visibility latency is the query side's intake plus the read.
 */
final class ForwarderDelay {

    private ForwarderDelay() {
    }

    static Histogram since(BenchStack stack, long sinceMillis) {
        Histogram delays = CommandDriver.histogram();
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrap());
        props.put("max.poll.records", "5000");
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            c.assign(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            c.offsetsForTimes(partitions.stream().collect(java.util.stream.Collectors.toMap(tp -> tp, tp -> sinceMillis)))
                    .forEach((tp, found) -> c.seek(tp, found == null ? end.get(tp) : found.offset()));
            while (partitions.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    Instant occurred = Instant.parse(LedgerJson.mapper().readTree(r.value()).path("occurredAt").asString());
                    delays.recordValue(Math.max(0, (r.timestamp() - occurred.toEpochMilli()) * 1_000));
                }
            }
        }
        return delays;
    }
}
