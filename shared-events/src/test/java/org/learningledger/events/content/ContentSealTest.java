package org.learningledger.events.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.learningledger.events.LedgerJson;
import org.learningledger.events.experiment.ObservationKind;
import org.learningledger.events.experiment.ObservationRecorded;
import org.learningledger.events.learning.Evidence;
import org.learningledger.events.learning.LearningPublished;
import org.learningledger.events.learning.Snapshot;
import org.learningledger.events.learning.Tier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ContentSealTest {

    private static final UUID EXPERIMENT = UUID.randomUUID();
    private static final UUID OBSERVATION = UUID.randomUUID();
    private final Map<ContentItem, SecretKey> keys = new HashMap<>();
    private final SealingKeys sealing = item -> keys.computeIfAbsent(item, i -> Aead.newKey());
    private final OpeningKeys opening = item -> Optional.ofNullable(keys.get(item));

    private final ObservationRecorded observation = new ObservationRecorded(EXPERIMENT, UUID.randomUUID(),
            OBSERVATION, ObservationKind.CHILD_VOICE, "Anička said she was afraid", null, null);

    @Test
    void givenAnObservation_whenSealed_thenItsTextIsCiphertextUnderItsItemAndOpensAgain() {
        JsonNode plain = LedgerJson.mapper().valueToTree(observation);

        JsonNode sealed = ContentSeal.seal(observation, plain, sealing);

        assertThat(sealed.toString()).doesNotContain("Anička").contains("\"kind\":\"CHILD_VOICE\"");
        assertThat(ContentSeal.items(sealed)).containsExactly(ContentItem.observation(EXPERIMENT, OBSERVATION));
        assertThat(plain.path("text").asString()).as("the input is not changed").isEqualTo("Anička said she was afraid");
        assertThat(ContentSeal.open(sealed, opening)).isEqualTo(plain);
    }

    @Test
    void givenTheKeyIsErased_whenOpened_thenTheTextIsNullAndTheRestStays() {
        JsonNode sealed = ContentSeal.seal(observation, LedgerJson.mapper().valueToTree(observation), sealing);
        keys.clear();

        JsonNode opened = ContentSeal.open(sealed, opening);

        assertThat(opened.get("text").isNull()).isTrue();
        assertThat(opened.path("observationId").asString()).isEqualTo(OBSERVATION.toString());
    }

    @Test
    void givenPlainTextStoredBeforeEncryption_whenOpened_thenItReadsAsItself() {
        JsonNode plain = LedgerJson.mapper().valueToTree(observation);

        assertThat(ContentSeal.isSealed(plain)).isFalse();
        assertThat(ContentSeal.open(plain, item -> Optional.empty())).isSameAs(plain);
    }

    @Test
    void givenCiphertextMovedToAnotherField_whenOpened_thenItIsRefused() {
        LearningPublished published = new LearningPublished(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                1, Tier.NATION, new Snapshot("Title", "Summary", "Practice", "Context",
                List.of(new Evidence(EXPERIMENT, "Question?", "ADOPT", "It helped")), null, null));
        ObjectNode sealed = (ObjectNode) ContentSeal.seal(published, LedgerJson.mapper().valueToTree(published), sealing);
        ObjectNode snapshot = (ObjectNode) sealed.get("snapshot");
        assertThat(snapshot.get("evidence").get(0).path("decision").asString()).isEqualTo("ADOPT");
        assertThat(sealed.toString()).doesNotContain("Question?").doesNotContain("It helped");
        snapshot.set("title", snapshot.get("summary"));

        assertThatThrownBy(() -> ContentSeal.open(sealed, opening)).isInstanceOf(UnreadableContentException.class)
                .hasMessageContaining("'title'");
    }

    @Test
    void givenAnErasedItem_whenNewContentIsSealedUnderIt_thenItIsRefused() {
        SealingKeys erased = item -> {
            throw new ErasedContentException(item);
        };

        assertThatThrownBy(() -> ContentSeal.seal(observation, LedgerJson.mapper().valueToTree(observation), erased))
                .isInstanceOf(ErasedContentException.class);
    }

    @Test
    void givenAnEvent_whenBlanked_thenEveryPersonalFieldIsNull() {
        JsonNode blank = ContentSeal.blank(ObservationRecorded.class, LedgerJson.mapper().valueToTree(observation));

        assertThat(blank.get("text").isNull()).isTrue();
        assertThat(blank.path("kind").asString()).isEqualTo("CHILD_VOICE");
    }

    @Test
    void givenItemKeys_whenParsed_thenOnlyTheKnownShapesAreItems() {
        assertThat(ContentItem.experiment(EXPERIMENT).covers(ContentItem.observation(EXPERIMENT, OBSERVATION))).isTrue();
        assertThat(ContentItem.observation(EXPERIMENT, OBSERVATION).covers(ContentItem.experiment(EXPERIMENT))).isFalse();
        assertThatThrownBy(() -> new ContentItem("experiment/../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
