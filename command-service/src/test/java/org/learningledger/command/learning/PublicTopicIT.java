package org.learningledger.command.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.Infrastructure;
import org.learningledger.command.support.TestTokens;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.Topics;
import org.springframework.test.context.TestPropertySource;

/**
 * The public topic carries only what every reader may see, and is compacted by learning id so that a
 * subscriber starting from offset 0 never receives withdrawn or erased content. Random histories write a unique
 * marker into every private text (experiments, observations, unpublished drafts, region-only
 * publications and endorsements, withdrawal reasons); no record on {@code ledger.published} ever
 * contains any of them. Once the compaction bound has passed (seconds here, an hour by default), the
 * titles and endorsements of withdrawn national learnings are gone too, and the ones still national
 * are all there.
 */
@TestPropertySource(properties = "ledger.public.max-compaction-lag=" + PublicTopicIT.MAX_LAG_SECONDS + "s")
class PublicTopicIT extends CommandServiceIT {

    static final int MAX_LAG_SECONDS = 4;
    static final String JANA = TestTokens.token("jana");
    static final String PAVLA = TestTokens.token("pavla");
    static final String PETR = TestTokens.token("petr");

    private UUID team;

    @BeforeEach
    void teamWithStewards() {
        team = teamWithMembers("jana");
        UUID region = jdbc.sql("select region_id from directory_team where team_id = ?").params(team)
                .query(UUID.class).single();
        for (String steward : List.of("pavla", "petr")) {
            assertThat(post(ADMIN, "/api/regions/" + region + "/stewards", "{\"userId\":\"%s\"}".formatted(steward))
                    .status()).isEqualTo(201);
        }
    }

    @Test
    void givenRandomHistories_whenCompactionBoundPassed_thenNoPrivateOrWithdrawnTextAndEveryNationalLearning() {
        long seed = Long.getLong("ledger.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> secrets = new ArrayList<>();
        List<String> expectedPublic = new ArrayList<>();
        List<String> withdrawnPublic = new ArrayList<>();
        for (int history = 0; history < 12; history++) {
            runHistory(random, secrets, expectedPublic, withdrawnPublic);
        }
        String topic = awaitCompacted(seed, expectedPublic, withdrawnPublic);
        for (String secret : secrets) {
            assertThat(topic).as("seed " + seed + ": private text on the public topic").doesNotContain(secret);
        }
        for (String expected : expectedPublic) {
            assertThat(topic).as("seed " + seed + ": national learning missing").contains(expected);
        }
    }

    @Test
    void givenANationalLearningWithdrawn_whenCompactionBoundPassed_thenAFreshSubscriberGetsOnlyTheWithdrawal() {
        UUID experiment = experiment(new ArrayList<>());
        UUID learning = UUID.randomUUID();
        String title = marker("PUBLIC-");
        ok(post(JANA, "/api/teams/" + team + "/learnings", draft(learning, title, experiment)));
        ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"NATION\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> recordsOf(learning).stream().anyMatch(r -> r.contains(title)));
        ok(post(JANA, "/api/learnings/" + learning + "/withdrawal", "{\"reason\":\"A mother recognised herself\"}"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> recordsOf(learning).stream().noneMatch(r -> r.contains(title)));
        List<String> records = recordsOf(learning);
        assertThat(records).isNotEmpty().allSatisfy(record -> assertThat(record)
                .contains("\"type\":\"org.learningledger.learning.withdrawn.v1\"")
                .contains("\"data\":{\"learningId\":\"" + learning + "\"}")
                .doesNotContain("mother"));
    }

    @Test
    void givenANationalPublicationErased_whenCompactionBoundPassed_thenAFreshSubscriberGetsOnlyTheContentFreeRecord() {
        UUID experiment = experiment(new ArrayList<>());
        UUID learning = UUID.randomUUID();
        String title = marker("PUBLIC-");
        ok(post(JANA, "/api/teams/" + team + "/learnings", draft(learning, title, experiment)));
        ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"NATION\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> recordsOf(learning).stream().anyMatch(r -> r.contains(title)));
        ok(post(JANA, "/api/learnings/" + learning + "/erasures", "{\"revision\":1,\"reason\":\"IDENTIFYING_DETAILS\"}"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> recordsOf(learning).stream().noneMatch(r -> r.contains(title)));
        List<String> records = recordsOf(learning);
        assertThat(records).isNotEmpty().allSatisfy(record -> assertThat(record)
                .contains("\"type\":\"org.learningledger.learning.withdrawn.v1\"")
                .contains("\"data\":{\"learningId\":\"" + learning + "\"}"));
    }

    /** An erased earlier version: the latest record is still the current state, and the erased snapshot is gone. */
    @Test
    void givenAnEarlierNationalVersionErased_whenCompactionBoundPassed_thenTheLatestRecordIsTheCurrentStateWithoutIt() {
        UUID experiment = experiment(new ArrayList<>());
        UUID learning = UUID.randomUUID();
        String erased = marker("PUBLIC-ERASED-");
        String current = marker("PUBLIC-CURRENT-");
        ok(post(JANA, "/api/teams/" + team + "/learnings", draft(learning, erased, experiment)));
        ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"NATION\"}"));
        ok(send(JANA, "PUT", "/api/learnings/" + learning, draft(null, current, experiment)));
        ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"NATION\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> recordsOf(learning).stream().anyMatch(r -> r.contains(current)));
        ok(post(JANA, "/api/learnings/" + learning + "/erasures", "{\"revision\":1,\"reason\":\"ENTERED_IN_ERROR\"}"));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<String> records = recordsOf(learning);
            assertThat(records).noneMatch(r -> r.contains(erased));
            assertThat(records.get(records.size() - 1)).contains("\"type\":\"org.learningledger.learning.state.v1\"")
                    .contains(current).contains("\"version\":2");
        });
    }

    private void runHistory(Random random, List<String> secrets, List<String> expectedPublic,
                            List<String> withdrawnPublic) {
        List<String> nationalTexts = new ArrayList<>();
        UUID experiment = experiment(secrets);
        String question = secrets.get(secrets.size() - 4);
        UUID learning = UUID.randomUUID();
        String title = secret(secrets);
        ok(post(JANA, "/api/teams/" + team + "/learnings", draft(learning, title, experiment)));
        int steps = random.nextInt(4);
        if (steps >= 1) {
            ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}"));
            ok(post(PAVLA, "/api/learnings/" + learning + "/endorsements", "{\"note\":\"%s\"}".formatted(secret(secrets))));
        }
        if (steps >= 2) {
            String nationalTitle = marker("PUBLIC-");
            ok(send(JANA, "PUT", "/api/learnings/" + learning, draft(null, nationalTitle, experiment)));
            ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"NATION\"}"));
            String nationalNote = marker("PUBLIC-NOTE-");
            ok(post(PETR, "/api/learnings/" + learning + "/endorsements", "{\"note\":\"%s\"}".formatted(nationalNote)));
            nationalTexts.add(nationalTitle);
            nationalTexts.add(nationalNote);
            // the question was private until the evidence went national with the snapshot
            secrets.remove(question);
        }
        if (steps >= 3 || random.nextBoolean() && steps >= 1) {
            ok(post(JANA, "/api/learnings/" + learning + "/withdrawal", "{\"reason\":\"%s\"}".formatted(secret(secrets))));
            withdrawnPublic.addAll(nationalTexts);
        } else {
            // a later revision stays private until published again
            ok(send(JANA, "PUT", "/api/learnings/" + learning, draft(null, secret(secrets), experiment)));
            expectedPublic.addAll(nationalTexts);
        }
    }

    /** A started experiment with an observation; its four texts are secrets (the question is the first). */
    private UUID experiment(List<String> secrets) {
        UUID experiment = UUID.randomUUID();
        ok(post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"%s","prediction":"%s","plan":"%s","measures":"m"}"""
                .formatted(experiment, secret(secrets), secret(secrets), secret(secrets))));
        ok(post(JANA, "/api/experiments/" + experiment + "/start", null));
        ok(post(JANA, "/api/experiments/" + experiment + "/observations", """
                {"observationId":"%s","kind":"CHILD_VOICE","text":"%s"}""".formatted(UUID.randomUUID(), secret(secrets))));
        return experiment;
    }

    private static String draft(UUID id, String title, UUID experiment) {
        String idField = id == null ? "" : "\"learningId\":\"" + id + "\",";
        return "{" + idField + "\"title\":\"" + title + "\",\"summary\":\"Calmer meetings\","
                + "\"practice\":\"Separate first meetings\",\"evidence\":[\"" + experiment + "\"]}";
    }

    private static String secret(List<String> secrets) {
        String secret = marker("PRIVATE-");
        secrets.add(secret);
        return secret;
    }

    /**
     * A unique text without digits: a run of digits in a UUID can look like a phone number, which the
     * de-identification guard rightly refuses to publish.
     */
    private static String marker(String prefix) {
        StringBuilder text = new StringBuilder(prefix);
        UUID.randomUUID().toString().chars().forEach(c -> text.append(Character.isDigit(c) ? (char) ('g' + c - '0') : (char) c));
        return text.toString();
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
    }

    /** Reads the topic from offset 0 until the still-national texts are there and the withdrawn ones gone. */
    private static String awaitCompacted(long seed, List<String> expectedPublic, List<String> withdrawnPublic) {
        String[] topic = {""};
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            topic[0] = String.join("\n", readWholeTopic());
            for (String expected : expectedPublic) {
                assertThat(topic[0]).as("seed " + seed + ": national learning missing").contains(expected);
            }
            for (String withdrawn : withdrawnPublic) {
                assertThat(topic[0]).as("seed " + seed + ": withdrawn content still on the topic").doesNotContain(withdrawn);
            }
        });
        return topic[0];
    }

    private static List<String> recordsOf(UUID learning) {
        return readWholeTopic().stream().filter(json -> json.contains("\"subject\":\"" + learning + "\"")).toList();
    }

    /** What a new subscriber receives: every record from offset 0 to the current end, tombstones skipped. */
    private static List<String> readWholeTopic() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrap());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PUBLISHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("read to the end of " + Topics.PUBLISHED).isLessThan(deadline);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.value() == null) {
                        continue; // a tombstone: see SegmentRoller
                    }
                    String json = new String(record.value(), StandardCharsets.UTF_8);
                    assertThat(json).contains("\"specversion\":\"1.0\"")
                            .containsPattern("\"type\":\"org\\.learningledger\\.learning\\.(state|withdrawn)\\.v1\"")
                            .containsPattern("\"dataschema\":\"http[^\"]+/schemas/learning\\.(state|withdrawn)\\.v1\\.json\"");
                    assertThat(record.key()).as("keyed by learning id").isEqualTo(
                            LedgerJson.mapper().readTree(json).path("subject").asString());
                    all.add(json);
                }
            }
        }
        return all;
    }
}
