package org.learningledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

class RebuildConsumerPropertiesTest {

    /** Binds {@code spring.kafka.*} the way Boot does from application.yml or the environment. */
    private static KafkaProperties bound(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bind("spring.kafka", KafkaProperties.class).orElseGet(KafkaProperties::new);
    }

    @Test
    void givenASaslSslCluster_whenTheRebuildConsumerIsConfigured_thenItCarriesTheClustersSecuritySettings() {
        Map<String, Object> properties = RebuildConsumerProperties.of(bound(Map.of(
                "spring.kafka.bootstrap-servers", "broker-1:9093,broker-2:9093",
                "spring.kafka.security.protocol", "SASL_SSL",
                "spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512",
                "spring.kafka.properties.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "spring.kafka.ssl.trust-store-location", "file:/etc/ledger/truststore.p12",
                "spring.kafka.ssl.trust-store-type", "PKCS12")));

        assertThat(properties)
                .containsEntry(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, List.of("broker-1:9093", "broker-2:9093"))
                .containsEntry(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL")
                .containsEntry(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512")
                .containsEntry(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                .containsEntry(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12")
                .containsKey(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG);
    }

    @Test
    void givenTheIntakesGroupAndCommitSettings_whenTheRebuildConsumerIsConfigured_thenItJoinsNoGroupAndCommitsNothing() {
        Map<String, Object> properties = RebuildConsumerProperties.of(bound(Map.of(
                "spring.kafka.consumer.group-id", "ledger-query",
                "spring.kafka.consumer.enable-auto-commit", "true",
                "spring.kafka.consumer.isolation-level", "read-uncommitted",
                "spring.kafka.consumer.client-id", "ledger-query-intake")));

        assertThat(properties).doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG)
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry(ConsumerConfig.CLIENT_ID_CONFIG, RebuildConsumerProperties.CLIENT_ID);
    }
}
