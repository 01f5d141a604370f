package org.learningledger.command.config;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Refuses to start on a topic whose partition count differs from {@code ledger.kafka.partitions}.
 * Events are keyed by aggregate; another count sends an aggregate's next events to another
 * partition, so a reader could apply them before its earlier ones. Spring Kafka would silently add
 * partitions to a smaller topic, so this runs before it does (while the topic beans are created).
 */
final class TopicPartitions {

    private static final Logger log = LoggerFactory.getLogger(TopicPartitions.class);

    private TopicPartitions() {
    }

    static void requireUnchanged(KafkaAdmin kafka, String topic, int configured) {
        try (Admin admin = Admin.create(kafka.getConfigurationProperties())) {
            TopicDescription existing = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get(topic);
            int partitions = existing.partitions().size();
            if (partitions != configured) {
                throw new IllegalStateException("Kafka topic " + topic + " has " + partitions
                        + " partitions but ledger.kafka.partitions is " + configured + ". The command service does not"
                        + " change an existing topic's partition count: events are keyed by aggregate, and another"
                        + " count would send an aggregate's next events to another partition, where readers could"
                        + " apply them out of order. Set ledger.kafka.partitions=" + partitions
                        + ", or move to a new topic deliberately.");
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                log.warn("Could not check the partitions of {}: {}", topic, e.getCause().toString());
            }
        } catch (TimeoutException e) {
            log.warn("Could not check the partitions of {}: Kafka did not answer in 10 s", topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the partitions of " + topic, e);
        }
    }
}
