package org.learningledger.command.migration;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.learningledger.events.Topics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Sends the internal topic again from the store, then deletes what it held before: the forwarder is
 * stopped, the topic's end offsets noted, its token reset to the start of the store, and once it has
 * forwarded past the store's head again every record below the noted offsets (written in clear by an
 * earlier release) is deleted. Readers drop the copies as they drop any duplicate; one that reads from
 * the start finds the whole history, sealed.
 */
@Component
class Reforwarding {

    static final String FORWARDER = "kafka-forwarder";
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private final EventProcessingConfiguration processing;
    private final KafkaAdmin kafka;
    private final JdbcClient jdbc;

    Reforwarding(EventProcessingConfiguration processing, KafkaAdmin kafka, JdbcClient jdbc) {
        this.processing = processing;
        this.kafka = kafka;
        this.jdbc = jdbc;
    }

    /** Returns the number of records deleted; {@code forwarded} hears the forwarder's position. */
    long reforward(long head, LongConsumer forwarded, Runnable deleting) throws Exception {
        StreamingEventProcessor forwarder = processing.eventProcessor(FORWARDER, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no " + FORWARDER + " processor"));
        forwarder.shutDown();
        Map<TopicPartition, Long> before;
        try (Admin admin = Admin.create(kafka.getConfigurationProperties())) {
            before = endOffsets(admin);
            // A null token starts the forwarder at the store's first event. (Axon's resetTokens would
            // store a ReplayToken, which its Jackson 3 serializer cannot read back.)
            jdbc.sql("update token_entry set token = null, token_type = null where processor_name = ?")
                    .param(FORWARDER).update();
        } finally {
            forwarder.start();
        }
        awaitPosition(forwarder, head, forwarded);
        deleting.run();
        try (Admin admin = Admin.create(kafka.getConfigurationProperties())) {
            Map<TopicPartition, RecordsToDelete> delete = new HashMap<>();
            before.forEach((partition, offset) -> delete.put(partition, RecordsToDelete.beforeOffset(offset)));
            Map<TopicPartition, Long> start = startOffsets(admin);
            admin.deleteRecords(delete).all().get();
            return before.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - start.get(e.getKey()))).sum();
        }
    }

    private static void awaitPosition(StreamingEventProcessor forwarder, long head, LongConsumer forwarded)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Map<Integer, EventTrackerStatus> status = forwarder.processingStatus();
            if (status.values().stream().anyMatch(EventTrackerStatus::isErrorState)) {
                throw new IllegalStateException("the forwarder stopped on an error while re-forwarding: "
                        + status.values().stream().filter(EventTrackerStatus::isErrorState).findFirst()
                        .map(s -> String.valueOf(s.getError())).orElse(""));
            }
            long position = status.isEmpty() ? -1 : status.values().stream()
                    .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
            forwarded.accept(Math.max(position, 0));
            if (!status.isEmpty() && position >= head) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the forwarder did not reach the store's head " + head + " within " + PATIENCE);
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws ExecutionException, InterruptedException {
        return offsets(admin, OffsetSpec.latest());
    }

    private static Map<TopicPartition, Long> startOffsets(Admin admin) throws ExecutionException, InterruptedException {
        return offsets(admin, OffsetSpec.earliest());
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.EVENTS)).allTopicNames().get()
                .get(Topics.EVENTS).partitions().stream().map(p -> new TopicPartition(Topics.EVENTS, p.partition()))
                .toList();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request).all().get().forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }
}
