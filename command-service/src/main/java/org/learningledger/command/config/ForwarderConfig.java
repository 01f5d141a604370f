package org.learningledger.command.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.learningledger.events.Topics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The Kafka side of forwarding: the topics (never with another partition count than they have, see
 * {@link TopicPartitions}), and failures that stop the forwarder instead of skipping.
 */
@Configuration
class ForwarderConfig {

    /**
     * The forwarders, the directory and the key eraser: a directory update or a key deletion that
     * fails must fail its command (both are subscribing, in the command's transaction).
     */
    static final String[] FORWARDERS = {"kafka-forwarder", "public-forwarder", "directory", "data-keys"};

    /** Kafka keeps the whole copy (no retention limit) so a reader can replay it from the start. */
    @Bean
    NewTopic eventsTopic(KafkaAdmin kafka, @Value("${ledger.kafka.partitions:3}") int partitions,
                         @Value("${ledger.kafka.replication-factor:1}") short replicas) {
        TopicPartitions.requireUnchanged(kafka, Topics.EVENTS, partitions);
        return TopicBuilder.name(Topics.EVENTS).partitions(partitions).replicas(replicas)
                .config("retention.ms", "-1").build();
    }

    /**
     * What every reader may see, compacted by learning id: each learning's latest record is its
     * current public state, so withdrawn content is gone within {@code ledger.public.max-compaction-lag}
     * (see {@link PublicTopicCompaction}, which also brings an existing topic to these settings).
     */
    @Bean
    NewTopic publishedTopic(KafkaAdmin kafka, @Value("${ledger.kafka.partitions:3}") int partitions,
                            @Value("${ledger.kafka.replication-factor:1}") short replicas,
                            @Value("${ledger.public.max-compaction-lag:1h}") Duration maxCompactionLag) {
        TopicPartitions.requireUnchanged(kafka, Topics.PUBLISHED, partitions);
        Map<String, String> settings = PublicTopicCompaction.settings(maxCompactionLag);
        PublicTopicCompaction.alignExisting(kafka, Topics.PUBLISHED, settings);
        return TopicBuilder.name(Topics.PUBLISHED).partitions(partitions).replicas(replicas).configs(settings).build();
    }

    /**
     * Axon's default for handler errors is to log and go on, which for a forwarder means an event
     * silently missing from Kafka. Propagating makes the batch fail and be retried from the token.
     */
    @Autowired
    void propagateForwardingErrors(EventProcessingConfigurer processing) {
        for (String forwarder : FORWARDERS) {
            processing.registerListenerInvocationErrorHandler(forwarder, c -> PropagatingErrorHandler.instance());
        }
    }

    /** The forwarders' token commits need no flush of their own: see {@link ReplayableCommits}. */
    @Autowired
    void replayableForwarderCommits(EventProcessingConfigurer processing, TransactionManager transactions,
                                    DataSource dataSource) {
        for (String forwarder : List.of("kafka-forwarder", "public-forwarder")) {
            processing.registerTransactionManager(forwarder, c -> new ReplayableCommits(transactions, dataSource));
        }
    }
}
