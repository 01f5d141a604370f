package org.learningledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.learningledger.command.CommandServiceApplication;
import org.learningledger.command.support.Infrastructure;
import org.learningledger.command.support.KeyStatusForTests;
import org.learningledger.command.support.TestTokens;
import org.learningledger.events.Topics;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The service refuses to start when {@code ledger.events} exists with another partition count than
 * configured (the shared broker holds it with 3), and leaves the topic as it was.
 */
class TopicPartitionsIT {

    @Test
    void givenTheTopicWithThreePartitions_whenStartedForFive_thenRefusesNamingWhyAndAddsNone() throws Exception {
        String bootstrap = Infrastructure.kafkaBootstrap();
        SpringApplicationBuilder service = new SpringApplicationBuilder(CommandServiceApplication.class,
                KeyStatusForTests.class)
                .properties(CommandServiceApplication.CONFIG_NAME);
        String[] arguments = {"--server.port=0", "--ledger.kafka.partitions=5", "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--spring.datasource.url=" + Infrastructure.postgres().getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation()};

        assertThatThrownBy(() -> service.run(arguments)).rootCause()
                .hasMessageContaining("Kafka topic " + Topics.EVENTS + " has 3 partitions but ledger.kafka.partitions is 5")
                .hasMessageContaining("out of order");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "partitions-it-" + UUID.randomUUID()))) {
            assertThat(admin.describeTopics(List.of(Topics.EVENTS)).allTopicNames().get().get(Topics.EVENTS)
                    .partitions()).hasSize(3);
        }
    }
}
