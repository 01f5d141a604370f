package org.learningledger.command.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.Infrastructure;
import org.learningledger.command.support.TestTokens;
import org.learningledger.events.Topics;

/**
 * A store an earlier release wrote in clear (revision-1 rows, no keys) is encrypted in place by the
 * migration, the internal topic is sent again from it and its old records deleted: afterwards the
 * words are in no row and no record, and the aggregates still load and decide as before.
 */
class EncryptionMigrationIT extends CommandServiceIT {

    private static final String JANA = TestTokens.token("jana");

    @Test
    void givenAStoreWrittenInClear_whenMigrated_thenNoRowOrRecordHoldsTheWordsAndTheRecordsStillLoad() {
        String marker = "MIGRATION-CANARY-" + UUID.randomUUID();
        UUID team = teamWithMembers("jana");
        UUID experiment = UUID.randomUUID();
        UUID observation = UUID.randomUUID();
        UUID learning = UUID.randomUUID();
        seed(experiment, "Experiment", 0, "experiment.ExperimentProposed", """
                {"experimentId":"%s","teamId":"%s","question":"%s question","prediction":"%s prediction",\
                "plan":"%s plan","measures":"%s measures","basedOn":null}""".formatted(experiment, team, marker, marker,
                marker, marker));
        seed(experiment, "Experiment", 1, "experiment.ExperimentStarted",
                "{\"experimentId\":\"%s\",\"teamId\":\"%s\"}".formatted(experiment, team));
        seed(experiment, "Experiment", 2, "experiment.ObservationRecorded", """
                {"experimentId":"%s","teamId":"%s","observationId":"%s","kind":"NOTE","text":"%s seen","value":null}"""
                .formatted(experiment, team, observation, marker));
        seed(learning, "Learning", 0, "learning.LearningDrafted", """
                {"learningId":"%s","teamId":"%s","title":"%s title","summary":"s","practice":"p","context":"c",\
                "evidence":[],"validates":null,"result":null}""".formatted(learning, team, marker));
        seed(learning, "Learning", 1, "learning.LearningRevised", """
                {"learningId":"%s","teamId":"%s","title":"%s revised","summary":"s","practice":"p","context":"c",\
                "evidence":[],"validates":null,"result":null}""".formatted(learning, team, marker));
        jdbc.sql("insert into directory_experiment (experiment_id, team_id, question) values (?, ?, ?)")
                .params(experiment, team, marker + " question").update(); // the directory's copy, as it was kept
        await().atMost(Duration.ofSeconds(30)).until(() -> topicHolds(marker));

        assertThat(post(ADMIN, "/api/admin/migrations/encryption", null).status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).until(() ->
                !"RUNNING".equals(send(ADMIN, "GET", "/api/admin/migrations/encryption", null).json()
                        .path("state").asString()));

        Response done = send(ADMIN, "GET", "/api/admin/migrations/encryption", null);
        assertThat(done.json().path("state").asString()).as(done.body()).isEqualTo("DONE");
        assertThat(done.json().path("rowsSealed").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where position(? in convert_from(payload, 'UTF8')) > 0")
                .param(marker).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from directory_experiment where position(? in question) > 0")
                .param(marker).query(Long.class).single()).as("the directory's copy is sealed too").isZero();
        assertThat(jdbc.sql("select payload_type || ':' || payload_revision from domain_event_entry"
                        + " where aggregate_identifier = ? order by sequence_number").params(learning.toString())
                .query(String.class).list()).containsExactly("LearningDrafted:1", "LearningRevised:2");
        assertThat(jdbc.sql("select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 1").param(learning.toString()).query(String.class).single())
                .contains("\"revision\":2").contains("learning/" + learning + "/revision/2");
        assertThat(topicHolds(marker)).as("no record of the internal topic holds the words").isFalse();
        assertThat(topicHoldsAggregate(experiment)).as("the history is on the topic again, sealed").isTrue();

        Response retried = post(JANA, "/api/experiments/" + experiment + "/observations", """
                {"observationId":"%s","kind":"NOTE","text":"%s seen"}""".formatted(observation, marker));
        Response clash = post(JANA, "/api/experiments/" + experiment + "/observations", """
                {"observationId":"%s","kind":"NOTE","text":"something else"}""".formatted(observation));
        assertThat(retried.status()).as("the decrypted record still recognises a retry: " + retried.body()).isEqualTo(201);
        assertThat(clash.status()).as(clash.body()).isEqualTo(409);
    }

    private void seed(UUID aggregate, String aggregateType, long sequence, String event, String payload) {
        jdbc.sql("insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " meta_data, payload, payload_revision, payload_type, time_stamp)"
                        + " values (?, ?, ?, ?, ?, ?, '1', ?, '2025-05-30T08:00:00.000Z')")
                .params(aggregate.toString(), sequence, aggregateType, UUID.randomUUID().toString(),
                        "{}".getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8),
                        "org.learningledger.events." + event)
                .update();
    }

    private static boolean topicHolds(String text) {
        return records().stream().anyMatch(value -> value.contains(text));
    }

    private static boolean topicHoldsAggregate(UUID aggregate) {
        return records().stream().anyMatch(value -> value.contains("\"aggregateId\":\"" + aggregate + "\""));
    }

    /** Every record of the internal topic from its first offset to its end, as text. */
    private static List<String> records() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "migration-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(Topics.EVENTS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(new String(record.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
