package org.learningledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.Infrastructure;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * An earlier release created the public topic with retention only; without compaction a withdrawn
 * learning's snapshot would stay on it for ever, so start-up brings it to the compacted settings.
 */
class PublicTopicCompactionIT {

    @Test
    void givenATopicCreatedWithoutCompaction_whenAligned_thenItIsCompactedWithTheConfiguredLag() throws Exception {
        String topic = "legacy-published-" + UUID.randomUUID();
        Map<String, Object> props = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrap());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1).configs(Map.of("retention.ms", "-1"))))
                    .all().get(10, TimeUnit.SECONDS);

            PublicTopicCompaction.alignExisting(new KafkaAdmin(props), topic,
                    PublicTopicCompaction.settings(Duration.ofMinutes(10)));

            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(config.get("max.compaction.lag.ms").value()).isEqualTo("600000");
            assertThat(config.get("segment.ms").value()).isEqualTo("300000");
            assertThat(config.get("min.cleanable.dirty.ratio").value()).isEqualTo("0.01");
        }
    }

    @Test
    void givenNoTopicYet_whenAligned_thenNothingHappensAndCreationIsLeftToTheTopicBean() {
        Map<String, Object> props = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrap());
        PublicTopicCompaction.alignExisting(new KafkaAdmin(props), "missing-" + UUID.randomUUID(),
                PublicTopicCompaction.settings(Duration.ofHours(1)));
    }
}
