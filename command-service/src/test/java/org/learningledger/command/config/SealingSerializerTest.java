package org.learningledger.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.content.ContentItem;
import org.learningledger.events.experiment.ExperimentStarted;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import tools.jackson.databind.JsonNode;

/** The store gets ciphertext for personal text and reads it back opened; rows written in clear still load. */
class SealingSerializerTest {

    private final MemoryKeys keys = new MemoryKeys();
    private final CatalogueSerializer serializer = keys.serializerFor(EventNames.catalogue());
    private final UUID experiment = UUID.randomUUID();
    private final UUID observation = UUID.randomUUID();
    private final ObservationRecorded recorded = new ObservationRecorded(experiment, UUID.randomUUID(), observation,
            ObservationKind.CHILD_VOICE, "Ela said she felt safe", null, LocalDate.of(2026, 3, 2));

    @Test
    void givenAnEventWithPersonalText_whenSerialized_thenStoredSealedUnderItsItemAndReadBackOpened() {
        SerializedObject<byte[]> stored = serializer.serialize(recorded, byte[].class);

        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("Ela").contains(observation.toString());
        JsonNode text = LedgerJson.mapper().readTree(json).get("text");
        assertThat(text.get("sealed").asString()).isEqualTo(ContentItem.observation(experiment, observation).key());
        assertThat(stored.getType().getName()).isEqualTo("ObservationRecorded");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(recorded);
    }

    @Test
    void givenTheUpcastersTreeForm_whenDeserialized_thenOpenedToo() {
        SerializedObject<byte[]> stored = serializer.serialize(recorded, byte[].class);
        SerializedObject<JsonNode> tree = serializer.getConverter().convert(stored, JsonNode.class);
        assertThat((Object) serializer.deserialize(tree)).isEqualTo(recorded);
        assertThat(serializer.serialize(recorded, String.class).getData()).doesNotContain("Ela");
    }

    @Test
    void givenARowStoredInClearBeforeEncryption_whenRead_thenItLoadsAsStored() {
        byte[] plain = LedgerJson.mapper().writeValueAsBytes(recorded);
        SerializedObject<byte[]> row = new SimpleSerializedObject<>(plain, byte[].class,
                new SimpleSerializedType("ObservationRecorded", "2"));
        assertThat((Object) serializer.deserialize(row)).isEqualTo(recorded);
    }

    @Test
    void givenTheItemErased_whenRead_thenThePersonalTextIsNullAndTheRestStays() {
        SerializedObject<byte[]> stored = serializer.serialize(recorded, byte[].class);
        keys.erase(ContentItem.observation(experiment, observation));

        ObservationRecorded read = serializer.deserialize(stored);

        assertThat(read.text()).isNull();
        assertThat(read.observationId()).isEqualTo(observation);
        assertThat(read.observedOn()).isEqualTo(recorded.observedOn());
    }

    @Test
    void givenAnEventWithoutPersonalText_whenSerialized_thenStoredAsBefore() {
        ExperimentStarted started = new ExperimentStarted(experiment, UUID.randomUUID(), null);
        String json = new String(serializer.serialize(started, byte[].class).getData(), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo(LedgerJson.mapper().writeValueAsString(started));
    }
}
