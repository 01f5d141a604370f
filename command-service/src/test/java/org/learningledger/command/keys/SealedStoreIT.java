package org.learningledger.command.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.learningledger.command.support.CommandServiceIT;
import org.learningledger.command.support.RawTopic;
import org.learningledger.command.support.StoreDump;
import org.learningledger.command.support.TestKeys;
import org.learningledger.command.support.TestTokens;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.Topics;
import org.learningledger.events.content.Aead;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.ContentSeal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

/**
 * Personal text is ciphertext in every table of the command database and on {@code ledger.events},
 * while the service itself still reads it (aggregates loaded from the store decide as before), and
 * the query side's key endpoint hands out exactly the key that opens it.
 */
class SealedStoreIT extends CommandServiceIT {

    private static final String JANA = TestTokens.token("jana");

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("experimentCache")
    Cache experiments;

    @Test
    void givenAMarkerInAnExperimentAndAnObservation_whenStoredAndForwarded_thenNoTableNorRecordHoldsItButTheServiceReadsIt() {
        String marker = marker();
        UUID team = teamWithMembers("jana");
        UUID experiment = UUID.randomUUID();
        UUID observation = UUID.randomUUID();
        assertThat(post(JANA, "/api/teams/" + team + "/experiments", """
                {"experimentId":"%s","question":"Does a quiet room help %s?","prediction":"%s calmer","plan":"%s plan",
                "measures":"%s measures"}""".formatted(experiment, marker, marker, marker, marker)).status()).isEqualTo(201);
        assertThat(post(JANA, "/api/experiments/" + experiment + "/start", null).status()).isEqualTo(200);
        String observe = """
                {"observationId":"%s","kind":"CHILD_VOICE","text":"she said %s"}""".formatted(observation, marker);
        assertThat(post(JANA, "/api/experiments/" + experiment + "/observations", observe).status()).isEqualTo(201);

        // from here on the aggregate is loaded from the store, through the opening serializer
        experiments.removeAll();
        assertThat(post(JANA, "/api/experiments/" + experiment + "/observations", observe).status()).isEqualTo(201);
        experiments.removeAll();
        Response changed = post(JANA, "/api/experiments/" + experiment + "/observations", observe.replace("she", "he"));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().path("rule").asString()).isEqualTo("id-already-used");
        experiments.removeAll();
        assertThat(post(JANA, "/api/experiments/" + experiment + "/conclusion", """
                {"decision":"ADOPT","summary":"calmer mornings %s"}""".formatted(marker)).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(experiment.toString()).query(Long.class).single()).isEqualTo(4);

        List<byte[]> records = RawTopic.records(Topics.EVENTS, experiment.toString(), 4);
        // a copy is harmless (the migration's IT sends the topic again from the store): four distinct events
        assertThat(records.stream().map(r -> LedgerJson.mapper().readValue(r, EventEnvelope.class).eventId())
                .distinct()).hasSize(4);
        assertThat(records).allSatisfy(record ->
                assertThat(new String(record, StandardCharsets.UTF_8)).doesNotContain(marker));
        JsonNode sealedObservation = records.stream().map(r -> LedgerJson.mapper().readValue(r, EventEnvelope.class))
                .filter(e -> e.type().equals("ObservationRecorded")).findFirst().orElseThrow().payload();
        ContentItem item = ContentItem.observation(experiment, observation);
        assertThat(sealedObservation.path("text").path("sealed").asString()).isEqualTo(item.key());

        Map<String, String> dump = StoreDump.tables(dataSource);
        assertThat(StoreDump.tablesHolding(dump, marker)).isEmpty();
        assertThat(StoreDump.tablesHolding(dump, item.key())).as("the search sees bytea too")
                .contains("public.domain_event_entry", "public.data_key");

        Response keys = internal(TestKeys.INTERNAL_SECRET, item.key(), ContentItem.experiment(experiment).key(),
                ContentItem.experiment(UUID.randomUUID()).key());
        assertThat(keys.status()).isEqualTo(200);
        JsonNode found = keys.json();
        assertThat(found.path("keys").propertyNames()).containsExactlyInAnyOrder(item.key(),
                ContentItem.experiment(experiment).key());
        assertThat(found.path("unknown")).hasSize(1);
        JsonNode opened = ContentSeal.open(sealedObservation, i -> Optional.of(Aead.key(
                Base64.getDecoder().decode(found.path("keys").path(i.key()).asString()))));
        assertThat(opened.path("text").asString()).isEqualTo("she said " + marker);
    }

    @Test
    void givenTheInternalEndpoint_whenTheSecretIsMissingOrWrongOrAToken_then401ProblemAndNoKey() {
        String item = ContentItem.experiment(UUID.randomUUID()).key();
        for (String secret : new String[] {null, "wrong", ADMIN, TestKeys.INTERNAL_SECRET + "x"}) {
            Response answer = internal(secret, item);
            assertThat(answer.status()).as(String.valueOf(secret)).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("type").asString()).isEqualTo("urn:ledger:problem:unauthenticated");
        }
    }

    @Test
    void givenTheSecret_whenTheBodyIsBadOrTooLong_then400NamingTheField() {
        String[] tooMany = new String[InternalKeysController.MAX_ITEMS + 1];
        for (int i = 0; i < tooMany.length; i++) {
            tooMany[i] = ContentItem.experiment(UUID.randomUUID()).key();
        }
        Response many = internal(TestKeys.INTERNAL_SECRET, tooMany);
        assertThat(many.status()).isEqualTo(400);
        assertThat(many.json().path("errors").get(0).path("rule").asString()).isEqualTo("max-size");
        Response bad = internal(TestKeys.INTERNAL_SECRET, "experiment/../../etc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asString()).isEqualTo("items[0]");
        Response none = rawInternal(TestKeys.INTERNAL_SECRET, "{}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("errors").get(0).path("field").asString()).isEqualTo("items");
    }

    private Response internal(String secret, String... items) {
        return rawInternal(secret, LedgerJson.mapper().writeValueAsString(Map.of("items", List.of(items))));
    }

    private Response rawInternal(String secret, String body) {
        return send(secret, "POST", "/internal/keys", body);
    }

    /** Letters only: a digit run could look like a phone number to the de-identification guard. */
    static String marker() {
        Random random = new Random();
        StringBuilder marker = new StringBuilder("Mk");
        for (int i = 0; i < 18; i++) {
            marker.append((char) ('a' + random.nextInt(26)));
        }
        return marker.toString();
    }
}
