package org.learningledger.query.rebuild;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * The rebuild consumer's configuration: Boot's {@code spring.kafka.*} consumer properties, so a cluster's
 * bootstrap address, TLS and SASL settings reach the rebuild exactly as they reach the live intake, with
 * the rebuild's own settings on top. The rebuild assigns partitions itself and keeps no positions in Kafka,
 * so it joins no group (never the intake's) and commits nothing.
 */
final class RebuildConsumerProperties {

    static final String CLIENT_ID = "ledger-query-rebuild";

    private RebuildConsumerProperties() {
    }

    static Map<String, Object> of(KafkaProperties kafka) {
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
        return properties;
    }
}
