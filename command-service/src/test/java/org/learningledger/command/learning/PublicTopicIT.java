package org.learningledger.command.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
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
import org.learningledger.events.Topics;

/**
 * The public topic carries only what every reader may see. Random histories write a unique marker
 * into every private text (experiments, observations, unpublished drafts, region-only publications,
 * withdrawal reasons); afterwards no record on {@code ledger.published} contains any of them.
 */
class PublicTopicIT extends CommandServiceIT {

    static final String JANA = TestTokens.token("jana");
    static final String PAVLA = TestTokens.token("pavla");

    @Test
    void givenRandomHistories_whenPublicTopicScanned_thenNoPrivateTextAndEveryNationalPublication() {
        long seed = Long.getLong("ledger.seed", System.nanoTime());
        Random random = new Random(seed);
        UUID team = teamWithMembers("jana");
        UUID region = jdbc.sql("select region_id from directory_team where team_id = ?").params(team)
                .query(UUID.class).single();
        assertThat(post(ADMIN, "/api/regions/" + region + "/stewards", "{\"userId\":\"pavla\"}").status()).isEqualTo(201);
        List<String> secrets = new ArrayList<>();
        List<String> expectedPublic = new ArrayList<>();
        for (int history = 0; history < 12; history++) {
            runHistory(random, team, secrets, expectedPublic);
        }
        String topic = readWholeTopic(expectedPublic);
        for (String secret : secrets) {
            assertThat(topic).as("seed " + seed + ": private text on the public topic").doesNotContain(secret);
        }
        for (String expected : expectedPublic) {
            assertThat(topic).as("seed " + seed + ": national publication missing").contains(expected);
        }
    }

    private void runHistory(Random random, UUID team, List<String> secrets, List<String> expectedPublic) {
        UUID experiment = UUID.randomUUID();
        String question = secret(secrets);
        ok(post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"%s","prediction":"%s","plan":"%s","measures":"m"}"""
                .formatted(experiment, question, secret(secrets), secret(secrets))));
        ok(post(JANA, "/api/experiments/" + experiment + "/start", null));
        ok(post(JANA, "/api/experiments/" + experiment + "/observations", """
                {"observationId":"%s","kind":"CHILD_VOICE","text":"%s"}""".formatted(UUID.randomUUID(), secret(secrets))));
        UUID learning = UUID.randomUUID();
        String title = secret(secrets);
        ok(post(JANA, "/api/teams/" + team + "/learnings", draft(learning, title, experiment)));
        int steps = random.nextInt(4);
        if (steps >= 1) {
            ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"REGION\"}"));
            ok(post(PAVLA, "/api/learnings/" + learning + "/endorsements", "{\"note\":\"%s\"}".formatted(secret(secrets))));
        }
        if (steps >= 2) {
            String nationalTitle = "PUBLIC-" + UUID.randomUUID();
            ok(send(JANA, "PUT", "/api/learnings/" + learning, draft(null, nationalTitle, experiment)));
            ok(post(JANA, "/api/learnings/" + learning + "/publications", "{\"tier\":\"NATION\"}"));
            expectedPublic.add(nationalTitle);
            // the question was private until the evidence went national with the snapshot
            secrets.remove(question);
        }
        if (steps >= 3 || random.nextBoolean() && steps >= 1) {
            ok(post(JANA, "/api/learnings/" + learning + "/withdrawal", "{\"reason\":\"%s\"}".formatted(secret(secrets))));
        } else {
            // a later revision stays private until published again
            ok(send(JANA, "PUT", "/api/learnings/" + learning, draft(null, secret(secrets), experiment)));
        }
    }

    private static String draft(UUID id, String title, UUID experiment) {
        String idField = id == null ? "" : "\"learningId\":\"" + id + "\",";
        return "{" + idField + "\"title\":\"" + title + "\",\"summary\":\"Calmer meetings\","
                + "\"practice\":\"Separate first meetings\",\"evidence\":[\"" + experiment + "\"]}";
    }

    private static String secret(List<String> secrets) {
        String secret = "PRIVATE-" + UUID.randomUUID();
        secrets.add(secret);
        return secret;
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
    }

    private static String readWholeTopic(List<String> mustContain) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "public-topic-it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        StringBuilder all = new StringBuilder();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Set.of(Topics.PUBLISHED));
            while (System.nanoTime() < deadline
                    && !mustContain.stream().allMatch(s -> all.indexOf(s) >= 0)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    String json = new String(record.value(), StandardCharsets.UTF_8);
                    assertThat(json).contains("\"specversion\":\"1.0\"")
                            .containsPattern("\"type\":\"org\\.learningledger\\.learning\\.[a-z]+\\.v1\"")
                            .containsPattern("\"dataschema\":\"http[^\"]+/schemas/learning\\.[a-z]+\\.v1\\.json\"");
                    all.append(json).append('\n');
                }
            }
            // and a little longer, so that late private records would be seen too
            for (int i = 0; i < 3; i++) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> all.append(new String(r.value(), StandardCharsets.UTF_8)));
            }
        }
        return all.toString();
    }
}
