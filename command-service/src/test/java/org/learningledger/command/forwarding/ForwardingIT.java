package org.learningledger.command.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.Infrastructure;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.Topics;

/** Every stored event reaches Kafka, keyed by aggregate, in order per aggregate, with its store position. */
class ForwardingIT extends CommandServiceIT {

    private static final String JANA = org.learningledger.command.support.TestTokens.token("jana");

    @org.springframework.beans.factory.annotation.Autowired
    org.axonframework.common.transaction.TransactionManager axonTransactions;

    /** Without a real transaction the forwarder's token would be stored before Kafka acknowledged. */
    @Test
    void axonRunsCommandsAndForwarderBatchesInSpringTransactions() {
        assertThat(axonTransactions)
                .isInstanceOf(org.axonframework.spring.messaging.unitofwork.SpringTransactionManager.class);
    }

    @Test
    void givenConcurrentCommands_whenForwarded_thenEveryEventOnKafkaInOrderPerAggregate() throws Exception {
        UUID team = teamWithMembers("jana");
        List<UUID> experiments = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            experiments.add(id);
            done.add(clients.submit(() -> runLifecycle(team, id)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        clients.shutdown();

        Map<UUID, List<EventEnvelope>> received = consumeUntil(Set.copyOf(experiments), 40 * 4);
        for (UUID id : experiments) {
            List<EventEnvelope> events = received.get(id);
            assertThat(events).extracting(EventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L);
            assertThat(events).extracting(EventEnvelope::type).containsExactly(
                    "ExperimentProposed", "ExperimentStarted", "ObservationRecorded", "ExperimentConcluded");
            assertThat(events).extracting(EventEnvelope::globalIndex).isSorted().doesNotHaveDuplicates();
            assertThat(events.get(0).payload().get("teamId").asString()).isEqualTo(team.toString());
        }
    }

    private void runLifecycle(UUID team, UUID id) {
        assertThat(post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"q","prediction":"p","plan":"p","measures":"m"}"""
                .formatted(id)).status()).isEqualTo(201);
        assertThat(post(JANA, "/api/experiments/" + id + "/start", null).status()).isEqualTo(200);
        assertThat(post(JANA, "/api/experiments/" + id + "/observations", """
                {"observationId":"%s","kind":"CHILD_VOICE","text":"they listened"}"""
                .formatted(UUID.randomUUID())).status()).isEqualTo(201);
        assertThat(post(JANA, "/api/experiments/" + id + "/conclusion", """
                {"decision":"ADOPT","summary":"works"}""").status()).isEqualTo(200);
    }

    private static Map<UUID, List<EventEnvelope>> consumeUntil(Set<UUID> aggregates, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "forwarding-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<UUID, List<EventEnvelope>> received = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.EVENTS));
            int count = 0;
            while (count < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    EventEnvelope envelope = LedgerJson.mapper().readValue(record.value(), EventEnvelope.class);
                    assertThat(record.key()).isEqualTo(envelope.aggregateId().toString());
                    if (aggregates.contains(envelope.aggregateId())) {
                        received.computeIfAbsent(envelope.aggregateId(), k -> new ArrayList<>()).add(envelope);
                        count++;
                    }
                }
            }
        }
        assertThat(received.values().stream().mapToInt(List::size).sum()).isEqualTo(expected);
        return received.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
