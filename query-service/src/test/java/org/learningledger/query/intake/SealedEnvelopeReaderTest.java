package org.learningledger.query.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningledger.events.EventCatalog;
import org.learningledger.events.EventEnvelope;
import org.learningledger.events.EventType;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.content.ContentSeal;
import org.learningledger.events.experiment.ExperimentProposed;
import org.learningledger.events.experiment.ObservationErased;
import org.learningledger.events.content.Erasure;
import org.learningledger.events.content.ErasureReason;
import org.learningledger.query.keys.ContentKeys;
import org.learningledger.query.keys.KeyServiceClientFactory;
import org.learningledger.query.keys.KeyServiceUnavailableException;
import org.learningledger.query.keys.TestKeyService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Sealed payloads are opened before they are read: with their key, as null once erased, or refused. */
class SealedEnvelopeReaderTest {

    private final TestKeyService service = new TestKeyService();
    private final ContentKeys keys = KeyServiceClientFactory.keys(service.url(), TestKeyService.SECRET);
    private final EnvelopeReader reader = new EnvelopeReader(keys);
    private final UUID experiment = UUID.randomUUID();
    private final ExperimentProposed proposed = new ExperimentProposed(experiment, UUID.randomUUID(),
            "Did the mother call back?", "p", "plan", "m", null);

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void givenASealedPayload_whenRead_thenItsTextIsOpened() {
        byte[] value = sealed(proposed, service);
        assertThat(new String(value)).doesNotContain("mother");

        LedgerEvent event = reader.read(value);

        assertThat(((ExperimentProposed) event.payload()).question()).isEqualTo("Did the mother call back?");
        assertThat(event.contentErased()).isFalse();
    }

    @Test
    void givenASealedPayloadWhoseKeyWasErased_whenRead_thenItsTextIsNullAndTheItemNamed() {
        byte[] value = sealed(proposed, service);
        service.erase(ContentItem.experiment(experiment), Instant.now());

        LedgerEvent event = reader.read(value);

        assertThat(((ExperimentProposed) event.payload()).question()).isNull();
        assertThat(event.erased()).containsExactly(ContentItem.experiment(experiment));
    }

    @Test
    void givenACiphertextItsKeyDoesNotOpen_whenRead_thenRefusedNotSkipped() {
        byte[] value = sealed(proposed, item -> org.learningledger.events.content.Aead.newKey());
        service.forSealing(ContentItem.experiment(experiment)); // another key for the same item

        assertThatThrownBy(() -> reader.read(value)).isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void givenAnItemTheKeyServiceDoesNotKnow_whenRead_thenRefused() {
        byte[] value = sealed(proposed, item -> org.learningledger.events.content.Aead.newKey());

        assertThatThrownBy(() -> reader.read(value)).isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("knows no data key");
    }

    @Test
    void givenTheKeyServiceDown_whenRead_thenTransientNotRejected() {
        byte[] value = sealed(proposed, service);
        service.unavailable(true);

        assertThatThrownBy(() -> reader.read(value)).isInstanceOf(KeyServiceUnavailableException.class)
                .satisfies(e -> assertThat(TransientFailures.isTransient(e)).isTrue());
    }

    @Test
    void givenSeveralSealedEnvelopes_whenPrefetched_thenOneRequestOpensThemAll() {
        List<EnvelopeReader.Parsed> parsed = List.of(reader.parse(sealed(proposed, service)),
                reader.parse(sealed(new ExperimentProposed(UUID.randomUUID(), UUID.randomUUID(), "q", "p", "pl", "m",
                        null), service)));

        reader.prefetch(parsed);
        parsed.forEach(reader::read);

        assertThat(service.requests()).hasSize(1);
        assertThat(service.requests().get(0)).hasSize(2);
    }

    @Test
    void givenAnErasureEvent_whenRead_thenTheCachedKeysOfItsItemsAreDropped() {
        UUID observation = UUID.randomUUID();
        ContentItem item = ContentItem.observation(experiment, observation);
        service.forSealing(item);
        keys.prefetch(List.of(item));
        service.erase(item, Instant.now());

        reader.read(plain(new ObservationErased(experiment, UUID.randomUUID(), observation,
                new Erasure("u", Erasure.ErasedBy.TEAM, ErasureReason.ENTERED_IN_ERROR, null))));

        assertThat(keys.forOpening(item)).isEmpty();
    }

    private byte[] sealed(ExperimentProposed event, org.learningledger.events.content.SealingKeys sealing) {
        ObjectNode envelope = envelope(event);
        envelope.set("payload", ContentSeal.seal(event, envelope.get("payload"), sealing));
        return LedgerJson.mapper().writeValueAsBytes(envelope);
    }

    private byte[] plain(Object event) {
        return LedgerJson.mapper().writeValueAsBytes(envelope(event));
    }

    private static ObjectNode envelope(Object event) {
        EventType type = EventCatalog.byClass(event.getClass()).orElseThrow();
        JsonNode payload = LedgerJson.mapper().valueToTree(event);
        UUID aggregate = payload.get("experimentId") == null ? UUID.randomUUID()
                : UUID.fromString(payload.get("experimentId").asString());
        return LedgerJson.mapper().valueToTree(new EventEnvelope(UUID.randomUUID(), type.name(), type.revision(),
                "Experiment", aggregate, 0, 0, Instant.now(), payload));
    }
}
