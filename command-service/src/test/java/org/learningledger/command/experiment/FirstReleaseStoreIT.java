package org.learningledger.command.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.Infrastructure;
import org.learningledger.command.support.TestTokens;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.Topics;

/**
 * A store the first release wrote (Java class names in {@code payload_type}, revision 1, observations
 * without {@code observedOn}) keeps working: its aggregates load, its events reach Kafka under the
 * catalogue names and current revisions, and new rows get catalogue names.
 */
class FirstReleaseStoreIT extends CommandServiceIT {

    private static final String JANA = TestTokens.token("jana");
    /** 22:40 UTC on 31 May 2025 is 1 June in Prague: the observation's day is the ledger's. */
    private static final String OBSERVED_AT = "2025-05-31T22:40:00.000Z";

    @Test
    void givenFirstReleaseRows_whenCommandedAndForwarded_thenTheyLoadAndTravelAsCurrentRevisions() {
        UUID team = teamWithMembers("jana");
        UUID experiment = UUID.randomUUID();
        UUID observation = UUID.randomUUID();
        seed(experiment, 0, "ExperimentProposed", "2025-05-30T08:00:00.000Z", """
                {"experimentId":"%s","teamId":"%s","question":"Do joint first visits reduce conflict?",\
                "prediction":"Fewer escalations","plan":"Two workers attend","measures":"Escalations","basedOn":null}"""
                .formatted(experiment, team));
        seed(experiment, 1, "ExperimentStarted", "2025-05-31T07:00:00.000Z",
                "{\"experimentId\":\"%s\",\"teamId\":\"%s\"}".formatted(experiment, team));
        seed(experiment, 2, "ObservationRecorded", OBSERVED_AT, """
                {"experimentId":"%s","teamId":"%s","observationId":"%s","kind":"CHILD_VOICE",\
                "text":"I liked that they listened to me first","value":4.5}""".formatted(experiment, team, observation));

        Response retried = post(JANA, "/api/experiments/" + experiment + "/observations", """
                {"observationId":"%s","kind":"CHILD_VOICE","text":"I liked that they listened to me first","value":4.50}"""
                .formatted(observation));
        Response added = post(JANA, "/api/experiments/" + experiment + "/observations", """
                {"observationId":"%s","kind":"NOTE","text":"calmer","observedOn":"2025-06-02"}"""
                .formatted(UUID.randomUUID()));

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(jdbc.sql("select payload_type || ':' || payload_revision from domain_event_entry"
                        + " where aggregate_identifier = ? order by sequence_number").params(experiment.toString())
                .query(String.class).list()).containsExactly(
                        "org.learningledger.events.experiment.ExperimentProposed:1",
                        "org.learningledger.events.experiment.ExperimentStarted:1",
                        "org.learningledger.events.experiment.ObservationRecorded:1",
                        "ObservationRecorded:2");

        List<EventEnvelope> forwarded = forwarded(experiment, 4);
        assertThat(forwarded).extracting(EventEnvelope::type).containsExactly(
                "ExperimentProposed", "ExperimentStarted", "ObservationRecorded", "ObservationRecorded");
        // every one upcast to its current revision (the proposal's 2 names the experiment it follows: none)
        assertThat(forwarded).extracting(EventEnvelope::revision).containsExactly("2", "2", "2", "2");
        assertThat(forwarded.get(0).payload().get("follows").isNull()).isTrue();
        assertThat(forwarded.get(2).payload().get("observedOn").asString()).isEqualTo("2025-06-01");
        assertThat(forwarded.get(2).payload().get("text").asString()).isEqualTo("I liked that they listened to me first");
        assertThat(forwarded.get(3).payload().get("observedOn").asString()).isEqualTo("2025-06-02");
    }

    /** A row as the first release's Axon wrote it, through its jackson3 serializer. */
    private void seed(UUID experiment, long sequence, String event, String timestamp, String payload) {
        String metaData = "{\"traceId\":\"%s\",\"correlationId\":\"%s\"}".formatted(UUID.randomUUID(), UUID.randomUUID());
        jdbc.sql("insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " meta_data, payload, payload_revision, payload_type, time_stamp)"
                        + " values (?, ?, 'Experiment', ?, ?, ?, '1', ?, ?)")
                .params(experiment.toString(), sequence, UUID.randomUUID().toString(),
                        metaData.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8),
                        "org.learningledger.events.experiment." + event, timestamp)
                .update();
    }

    private static List<EventEnvelope> forwarded(UUID aggregate, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "first-release-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<EventEnvelope> received = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.EVENTS));
            while (received.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    EventEnvelope envelope = LedgerJson.mapper().readValue(record.value(), EventEnvelope.class);
                    if (envelope.aggregateId().equals(aggregate)) {
                        received.add(envelope);
                    }
                }
            }
        }
        return received;
    }
}
